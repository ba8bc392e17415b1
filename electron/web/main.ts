import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend } from '../node/backend';
import { confineToFolder } from './export-folder';
import { startWebServer } from './server';

// `npm run web`: the desktop app's API and user interface for a browser on this machine.
const { values } = parseArgs({
  options: {
    data: { type: 'string', short: 'd' },
    port: { type: 'string', short: 'p' },
    // The one folder the browser may write exports to (and read files from): here by default.
    exports: { type: 'string', short: 'e' },
  },
});
const exportFolder = resolve(values.exports ?? '.');
const backend = createBackend({
  dataDir: values.data ? resolve(values.data) : null,
  program: 'Skyavtale (nettlesermodus)',
});
const server = await startWebServer({
  handlers: confineToFolder(backend.handlers, exportFolder),
  staticDir: join(dirname(fileURLToPath(import.meta.url)), 'renderer'),
  port: values.port ? Number(values.port) : 0,
});
process.stdout.write(
  `Skyavtale kjører på ${server.url}\nFiler skrives bare under ${exportFolder}\nÅpne adressen i nettleseren (nøkkelen gjelder til programmet avsluttes). Ctrl+C avslutter.\n`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  await backend.close();
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
