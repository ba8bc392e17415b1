import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { watchRenderer } from '../../electron/main/renderer-watch';

type Listener = (...args: unknown[]) => void;

function setup(answers: number[]) {
  const listeners = new Map<string, Listener>();
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
  };
  const window = { webContents: contents, isDestroyed: () => false };
  const asked: MessageBoxOptions[] = [];
  const dialog = {
    showMessageBox: (_window: unknown, options: MessageBoxOptions) => {
      asked.push(options);
      return Promise.resolve({ response: answers.shift() ?? 0, checkboxChecked: false });
    },
  };
  const quit = vi.fn();
  watchRenderer(window as unknown as BrowserWindow, dialog as never, quit);
  const fire = (name: string, ...args: unknown[]) => {
    listeners.get(name)!({}, ...args);
  };
  return { contents, asked, quit, fire };
}

describe('a crashed or hung window', () => {
  it('is reloaded after the user is told why, with the draft kept', async () => {
    const s = setup([0]);
    s.fire('render-process-gone', { reason: 'crashed', exitCode: 11 });
    await vi.waitFor(() => {
      expect(s.contents.reload).toHaveBeenCalledTimes(1);
    });
    expect(s.asked[0]).toMatchObject({
      message: 'Vinduet stoppet uventet og lastes inn på nytt.',
      buttons: ['Last inn på nytt', 'Avslutt'],
    });
    expect(s.asked[0]!.detail).toContain('utkast');
    expect(s.asked[0]!.detail).toContain('Årsak: crashed (kode 11)');
    expect(s.quit).not.toHaveBeenCalled();
  });

  it('lets the user quit instead, and ignores a page that ended normally', async () => {
    const s = setup([1]);
    s.fire('render-process-gone', { reason: 'clean-exit', exitCode: 0 });
    expect(s.asked).toHaveLength(0);
    s.fire('render-process-gone', { reason: 'oom', exitCode: 1 });
    await vi.waitFor(() => {
      expect(s.quit).toHaveBeenCalledTimes(1);
    });
    expect(s.contents.reload).not.toHaveBeenCalled();
  });

  it('restarts a hung page when asked, reloading it without a second question', async () => {
    const s = setup([1]);
    s.fire('unresponsive');
    await vi.waitFor(() => {
      expect(s.contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    });
    expect(s.asked[0]).toMatchObject({ buttons: ['Vent', 'Last inn på nytt'], cancelId: 0 });
    s.fire('render-process-gone', { reason: 'killed', exitCode: 9 });
    expect(s.contents.reload).toHaveBeenCalledTimes(1);
    expect(s.asked).toHaveLength(1);
  });

  it('withdraws the question when the page answers again', () => {
    const s = setup([]);
    s.fire('unresponsive');
    s.fire('unresponsive');
    expect(s.asked).toHaveLength(1);
    const signal = s.asked[0]!.signal!;
    expect(signal.aborted).toBe(false);
    s.fire('responsive');
    expect(signal.aborted).toBe(true);
  });
});
