#!/usr/bin/env node
import module from 'node:module';

// Node 22 and later keep the compiled bundle on disk between runs, which halves a cold start.
module.enableCompileCache?.();
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
