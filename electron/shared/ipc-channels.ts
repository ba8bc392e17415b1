/** The IPC channels between the desktop window's preload script and the main process. */
export const IPC = {
  invoke: 'skyavtale:invoke',
  chooseFolder: 'skyavtale:choose-folder',
  showFolder: 'skyavtale:show-folder',
} as const;
