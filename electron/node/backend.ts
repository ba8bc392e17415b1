import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { renderDocuments, type RenderOptions } from '../core/generate';
import type { Document } from '../core/document/model';
import type { ApiHandlers } from '../shared/api';
import { createHandlers } from './api-handlers';
import { loadPdfFonts } from './fonts';
import { exportJournal } from './output/export-journal';
import { createRenderPool } from './render/render-pool';
import { defaultDataDir } from './store/data-dir';
import { LibraryFolder } from './store/library';
import { findTemplatesRoot, loadLibrary, type TemplateLibrary } from './templates/load-library';

export interface BackendOptions {
  /** The data folder; SKYAVTALE_DATA or the platform's usual place when null. */
  dataDir: string | null;
  now?: () => Date;
  templates?: () => TemplateLibrary;
  onProgress?: (done: number, total: number, name: string) => void;
  /** How the library's lock names this process to another: «Skyavtale (nettlesermodus)». */
  program?: string;
  /** Check a large library page by page in the background after opening (not for one command). */
  backgroundCheck?: boolean;
  /**
   * Render in worker threads at a lower priority than the thread that answers calls, so the app
   * and web mode stay responsive while a pack is made (default true). A command has nothing else
   * to answer: it renders on its own thread, which from a cold start costs less CPU than starting
   * workers that each load the renderer and parse the fonts again.
   */
  renderInWorkers?: boolean;
}

/** The name put on versions and audit entries: the «author» setting, else the login name. */
function authorOf(folder: LibraryFolder): string {
  const setting = folder.store.getSetting('author');
  if (typeof setting === 'string' && setting.trim()) return setting;
  try {
    return userInfo().username;
  } catch {
    return 'ukjent';
  }
}

/**
 * Everything the API needs in a Node process: templates, fonts and the library in the data
 * folder (opened on first use, so commands that do not need it never touch it).
 */
export function createBackend(options: BackendOptions): {
  handlers: ApiHandlers;
  /** Waits for a scheduled backup under way, then stops the render workers and closes the library. */
  close: () => Promise<void>;
} {
  const now = options.now ?? (() => new Date());
  const dataDir = options.dataDir ?? defaultDataDir();
  const templates =
    options.templates ??
    (() => loadLibrary(findTemplatesRoot(), join(dataDir, 'cache', 'templates-yaml.json')));
  const access = {
    program: options.program ?? 'Skyavtale',
    backgroundCheck: options.backgroundCheck ?? true,
  };
  let folder: LibraryFolder | null = null;
  let scheduledBackup: Promise<void> = Promise.resolve();
  const openFolder = (): LibraryFolder => {
    if (folder) return folder;
    const opened: LibraryFolder = LibraryFolder.open(
      dataDir,
      { now, author: () => authorOf(opened) },
      access,
    );
    // The process that writes to the library keeps its index and backups; a reader leaves them.
    if (opened.readOnly) {
      folder = opened;
      return opened;
    }
    const { bank } = templates();
    const fingerprint = createHash('sha256')
      .update(JSON.stringify(bank.requirements))
      .digest('hex');
    opened.store.indexRequirements(bank, fingerprint);
    // The daily backup runs beside the user's work; a failure must not stop it, but is reported.
    scheduledBackup = opened.backupIfDue().then(
      () => undefined,
      (error: unknown) => {
        process.stderr.write(`Skyavtale: scheduled backup failed: ${String(error)}\n`);
      },
    );
    folder = opened;
    return opened;
  };
  const renderPool =
    (options.renderInWorkers ?? true)
      ? createRenderPool({ fonts: loadPdfFonts, yieldToCalls: true })
      : {
          render: (documents: Document[], renderOptions: RenderOptions) =>
            renderDocuments(documents, loadPdfFonts(), renderOptions),
          close: () => Promise.resolve(),
        };
  const journal = exportJournal(dataDir);
  // What an export cut short by a crash left in its folder is tidied when the program starts.
  journal.recover();
  const restore = async (file: string) =>
    folder
      ? folder.restore(file)
      : LibraryFolder.restoreInto(dataDir, file, { now, author: () => 'restore' }, access);
  return {
    handlers: createHandlers({
      library: templates,
      render: renderPool.render,
      journal,
      now,
      folder: openFolder,
      restore,
      onProgress: options.onProgress,
    }),
    close: async () => {
      await scheduledBackup;
      await renderPool.close();
      folder?.close();
    },
  };
}
