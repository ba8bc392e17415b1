import { contextBridge, ipcRenderer } from 'electron';
import { IPC } from '../shared/ipc-channels';

// The renderer's only door to the app: three functions, no Node, no ipcRenderer itself.
contextBridge.exposeInMainWorld('skyavtale', {
  invoke: (name: string, input: unknown, lang: string): Promise<unknown> =>
    ipcRenderer.invoke(IPC.invoke, name, input, lang),
  chooseFolder: (): Promise<string | null> => ipcRenderer.invoke(IPC.chooseFolder),
  showFolder: (folder: string): Promise<boolean> => ipcRenderer.invoke(IPC.showFolder, folder),
});
