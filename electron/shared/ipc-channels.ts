/** The IPC channels between the desktop window's preload script and the main process. */
export const IPC = {
  invoke: 'skyavtale:invoke',
  chooseFolder: 'skyavtale:choose-folder',
  showFolder: 'skyavtale:show-folder',
  /** Main to window: a case file to open. */
  caseFile: 'skyavtale:case-file',
} as const;
