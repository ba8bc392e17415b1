// `import.meta.url` in the command line's CommonJS bundles: the bundle's own file, as an ES module
// would have it (esbuild injects this where the sources use it).
/* global __filename -- the bundle's, as Node's module wrapper gives it */
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
