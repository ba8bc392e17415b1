// Runs npm scripts side by side (each keeps to one core: tsc and ESLint are single-threaded),
// shows each one's output whole once it ends, so no two are mixed, and fails if any failed.
// `a+b` runs a, then b, beside the others: two short checks can share the core a long one
// does not.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const windows = process.platform === 'win32';

function run(name) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(windows ? 'npm.cmd' : 'npm', ['run', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: windows,
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (text) => (output += text));
    }
    child.on('close', (code) => {
      const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(0);
      process.stdout.write(
        `${output}${name}: ${code === 0 ? 'ok' : `failed (${code})`}, ${seconds} s\n`,
      );
      resolve(code === 0);
    });
  });
}

async function runInTurn(names) {
  let ok = true;
  for (const name of names.split('+')) ok = (await run(name)) && ok;
  return ok;
}

const results = await Promise.all(scripts.map(runInTurn));
process.exitCode = results.every(Boolean) ? 0 : 1;
