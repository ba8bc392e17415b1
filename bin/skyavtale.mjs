#!/usr/bin/env node
import v8 from 'node:v8';

// A command runs for a second or two, and V8's default tier-up spends a third of that optimising
// code that runs only a few times. A higher threshold leaves the optimising compiler to the hot
// loops. The flag's name depends on V8's version (11 in Node 20, 12 in Node 22, 13 in Node 24); an
// unknown flag would only print a warning, so other versions keep V8's default.
const laterTurbofan = '--invocation-count-for-turbofan=30000';
const tierUp = { 11: '--interrupt-budget=4000000', 12: laterTurbofan, 13: laterTurbofan }[
  process.versions.v8.split('.')[0]
];
if (tierUp) v8.setFlagsFromString(tierUp);
try {
  await import('../dist/cli.mjs');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.mjs')) {
    process.stderr.write(
      'skyavtale: the command line is not built yet; run «npm run build» first\n',
    );
    process.exit(1);
  }
  throw error;
}
