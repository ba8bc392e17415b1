// Runs npm scripts side by side, so that two cores stay busy: the last one's output is shown as it
// comes, each other's whole once it ends (so no two are mixed). Fails if any of them failed.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const windows = process.platform === 'win32';

function run(name, live) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(windows ? 'npm.cmd' : 'npm', ['run', name], {
      stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
      shell: windows,
    });
    let output = '';
    if (!live) {
      for (const stream of [child.stdout, child.stderr]) {
        stream.setEncoding('utf8');
        stream.on('data', (text) => (output += text));
      }
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

const results = await Promise.all(scripts.map((name, i) => run(name, i === scripts.length - 1)));
process.exitCode = results.every(Boolean) ? 0 : 1;
