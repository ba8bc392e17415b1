import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../electron/shared/api';
import { confineToFolder } from '../../electron/web/export-folder';

describe('files in web mode', () => {
  const seen: unknown[] = [];
  const record = (input: unknown) => {
    seen.push(input);
    return Promise.resolve({});
  };
  const handlers = confineToFolder(
    {
      'case.export': record,
      'store.backup': record,
      'file.verify': record,
      'case.validate': record,
    } as unknown as ApiHandlers,
    '/home/kari/Avtaler',
  );

  it('are written under the folder web mode was started with, relative paths inside it', async () => {
    await handlers['case.export']({ outDir: '/home/kari/Avtaler/byggesak' } as never);
    await handlers['case.export']({ outDir: 'plattform' } as never);
    await handlers['store.backup']({ file: null });
    expect(seen).toEqual([
      { outDir: '/home/kari/Avtaler/byggesak' },
      { outDir: join('/home/kari/Avtaler', 'plattform') },
      { file: null },
    ]);
  });

  it('are refused anywhere else, naming the field, the path and the folder', async () => {
    seen.length = 0;
    await expect(handlers['case.export']({ outDir: '/etc' } as never)).rejects.toMatchObject({
      code: 'web.outside-folder',
      where: 'outDir',
      text: {
        nb: '«/etc» ligger utenfor mappen nettversjonen ble startet med (/home/kari/Avtaler); start med --exports for en annen mappe',
      },
    });
    await expect(
      handlers['file.verify']({ path: 'ok.pdf', manifestPath: '../../secret.json' } as never),
    ).rejects.toMatchObject({ where: 'manifestPath' });
    await expect(
      handlers['case.export']({ outDir: '/home/kari/Avtaler-other' } as never),
    ).rejects.toMatchObject({ code: 'web.outside-folder' });
    expect(seen).toEqual([]);
  });

  it('leave procedures without paths as they are', async () => {
    await handlers['case.validate']({ caseText: '{}', lang: 'nb' });
    expect(seen).toEqual([{ caseText: '{}', lang: 'nb' }]);
  });
});
