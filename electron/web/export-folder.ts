import { relative, resolve, isAbsolute } from 'node:path';
import { SkyError } from '../core/errors';
import type { ApiHandlers, ProcedureName } from '../shared/api';

/** The inputs of web-mode procedures that name a file or folder on this machine. */
const PATH_INPUTS: Partial<Record<ProcedureName, readonly string[]>> = {
  'case.export': ['outDir'],
  'case.pack': ['outFile'],
  'file.verify': ['path', 'manifestPath'],
  'matters.export': ['file'],
  'matters.import': ['file'],
  'store.backup': ['file'],
  'store.restore': ['file'],
};

function inside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/**
 * Web mode has no file dialogs, so the browser may name files only under the folder chosen when
 * web mode was started; a relative path is taken inside it.
 */
export function confineToFolder(handlers: ApiHandlers, folder: string): ApiHandlers {
  const root = resolve(folder);
  const confined: Record<string, unknown> = { ...handlers };
  for (const [name, fields] of Object.entries(PATH_INPUTS)) {
    const handler = handlers[name as ProcedureName] as (input: object) => Promise<unknown>;
    confined[name] = async (input: Record<string, unknown>) => {
      const checked = { ...input };
      for (const field of fields) {
        const value = input[field];
        if (typeof value !== 'string') continue;
        const path = resolve(root, value);
        if (!inside(root, path)) {
          throw new SkyError(
            'web.outside-folder',
            {
              nb: `«${value}» ligger utenfor mappen nettversjonen ble startet med (${root}); start med --exports for en annen mappe`,
              nn: `«${value}» ligg utanfor mappa nettversjonen vart starta med (${root}); start med --exports for ei anna mappe`,
              en: `«${value}» is outside the folder web mode was started with (${root}); start with --exports for another folder`,
            },
            field,
          );
        }
        checked[field] = path;
      }
      return await handler(checked);
    };
  }
  return confined as ApiHandlers;
}
