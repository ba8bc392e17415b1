// Runs npm scripts side by side (each keeps to one core: tsc and ESLint are single-threaded),
// shows each one's output whole once all have ended, and fails if any of them failed.
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
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ name, code, seconds, output });
    });
  });
}

const results = await Promise.all(scripts.map(run));
for (const { name, code, seconds, output } of results) {
  process.stdout.write(output);
  process.stdout.write(
    `${name}: ${code === 0 ? 'ok' : `failed (${code})`}, ${seconds.toFixed(0)} s\n`,
  );
}
process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
