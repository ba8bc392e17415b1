#!/usr/bin/env node
'use strict';
// CommonJS, so that a bare `--version` starts no ES module loader.
let start;
try {
  start = require.resolve('../dist/cli.cjs');
} catch {
  process.stderr.write('skyavtale: the command line is not built yet; run «npm run build» first\n');
  process.exit(1);
}
require(start);
