import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWindowState, saveWindowState } from '../../electron/main/window-state';
import { tempDir } from '../fixtures/cli';

const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('the remembered window', () => {
  it('comes back where it was', async () => {
    const file = join(tempDir(), 'window.json');
    await saveWindowState(file, { x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(loadWindowState(file, screens)).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('starts afresh when the file is missing or broken, or the window would be off screen', async () => {
    const file = join(tempDir(), 'window.json');
    expect(loadWindowState(file, screens)).toBeNull();
    writeFileSync(file, '{"x":');
    expect(loadWindowState(file, screens)).toBeNull();
    await saveWindowState(file, { x: 2500, y: 50, width: 1400, height: 900, maximized: false });
    expect(loadWindowState(file, screens)).toBeNull();
  });
});
