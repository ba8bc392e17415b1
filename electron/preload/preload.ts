import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_PROCEDURES, type CaseFile, type DesktopBridge } from '../shared/desktop-bridge';
import { IPC } from '../shared/ipc-channels';

// The renderer's only door to the app: one function per procedure the interface uses, the
// folder dialog and the case files opened from outside; no Node, no ipcRenderer itself.
const api = Object.fromEntries(
  DESKTOP_PROCEDURES.map((name) => [
    name,
    (input: unknown, lang: string) => ipcRenderer.invoke(IPC.invoke, name, input, lang),
  ]),
) as DesktopBridge['api'];

// A file may arrive before the interface listens (the app was started to open it): keep it.
const waiting: CaseFile[] = [];
let deliver: ((file: CaseFile) => void) | null = null;
ipcRenderer.on(IPC.caseFile, (_event, file: CaseFile) => {
  if (deliver) deliver(file);
  else waiting.push(file);
});

contextBridge.exposeInMainWorld('skyavtale', {
  api,
  chooseFolder: () => ipcRenderer.invoke(IPC.chooseFolder) as Promise<string | null>,
  showFolder: (folder) => ipcRenderer.invoke(IPC.showFolder, folder) as Promise<boolean>,
  onCaseFile: (listener) => {
    deliver = listener;
    waiting.splice(0).forEach(listener);
  },
} satisfies DesktopBridge);
