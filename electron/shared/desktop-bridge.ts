import type { ApiResult, ProcedureName } from './api';

/**
 * The procedures the desktop window may call: those the user interface uses, no more. Those that
 * read or write any path (`case.pack`, `file.verify`, `matters.export`, `store.backup`, …) stay
 * with the command line; `case.export` writes only to a folder the user chose in a dialog.
 */
export const DESKTOP_PROCEDURES = [
  'agreement.appendices',
  'agreement.recommend',
  'bin.list',
  'bin.restore',
  'case.changeAgreement',
  'case.coverage',
  'case.export',
  'case.help',
  'case.packDownload',
  'case.preview',
  'case.validate',
  'cases.create',
  'cases.duplicate',
  'cases.history',
  'cases.restore',
  'cases.save',
  'cases.version',
  'drafts.discard',
  'drafts.recover',
  'drafts.save',
  'matters.create',
  'matters.delete',
  'matters.get',
  'matters.list',
  'requirements.get',
  'requirements.list',
  'settings.get',
  'settings.set',
  'store.status',
] as const satisfies readonly ProcedureName[];
export type DesktopProcedure = (typeof DESKTOP_PROCEDURES)[number];

/** A case file the operating system asked the app to open, handed to the window as text. */
export interface CaseFile {
  name: string;
  text: string;
}

/** What the preload script exposes to the window as `window.skyavtale`. */
export interface DesktopBridge {
  api: Record<DesktopProcedure, (input: unknown, lang: string) => Promise<ApiResult<unknown>>>;
  /** A folder dialog; the folder answered may then be written to by `case.export`. */
  chooseFolder: () => Promise<string | null>;
  /** Opens a folder chosen in the dialog in the file manager. */
  showFolder: (folder: string) => Promise<boolean>;
  /** Case files opened from the file manager, a second launch or the recent documents. */
  onCaseFile: (listener: (file: CaseFile) => void) => void;
}
