#!/usr/bin/env node
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
