import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_PROCEDURES, type DesktopBridge } from '../../electron/shared/desktop-bridge';
import { IPC } from '../../electron/shared/ipc-channels';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      electron.invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
      electron.listeners.set(channel, listener),
  },
}));

describe('the preload bridge', () => {
  it('exposes one object: the interface’s procedures, the folder dialog and case files', async () => {
    await import('../../electron/preload/preload');
    expect([...electron.exposed.keys()]).toEqual(['skyavtale']);
    const bridge = electron.exposed.get('skyavtale') as DesktopBridge;
    expect(Object.keys(bridge).sort()).toEqual(['api', 'chooseFolder', 'onCaseFile', 'showFolder']);
    expect(Object.keys(bridge.api).sort()).toEqual([...DESKTOP_PROCEDURES].sort());
    expect(bridge.api).not.toHaveProperty('store.backup');

    await bridge.api['cases.save']({ caseId: 1 }, 'en');
    await bridge.chooseFolder();
    await bridge.showFolder('/home/kari/Avtaler');
    expect(electron.invoked).toEqual([
      [IPC.invoke, 'cases.save', { caseId: 1 }, 'en'],
      [IPC.chooseFolder],
      [IPC.showFolder, '/home/kari/Avtaler'],
    ]);
  });

  it('keeps case files that arrive before the interface listens, then hands over the rest', async () => {
    await import('../../electron/preload/preload');
    const bridge = electron.exposed.get('skyavtale') as DesktopBridge;
    const send = electron.listeners.get(IPC.caseFile)!;
    send({ sender: 'main' }, { name: 'A.skyavtale', text: 'a' });
    const received: unknown[] = [];
    bridge.onCaseFile((file) => received.push(file));
    send({ sender: 'main' }, { name: 'B.skyavtale', text: 'b' });
    expect(received).toEqual([
      { name: 'A.skyavtale', text: 'a' },
      { name: 'B.skyavtale', text: 'b' },
    ]);
  });
});
