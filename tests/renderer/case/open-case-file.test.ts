import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { CaseFile, DesktopBridge } from '../../../electron/shared/desktop-bridge';

// The library calls are recorded; the real ones are tested with the back end.
const calls = vi.hoisted(() => ({ requests: [] as unknown[][], opened: [] as unknown[][] }));
vi.mock('../../../renderer/src/request', () => ({
  request: (name: string, input: unknown) => {
    calls.requests.push([name, input]);
    if (name === 'matters.create') return Promise.resolve({ id: 7 });
    return Promise.resolve({ case: { id: 42 } });
  },
}));
// The transport needs a browser window; the message language is all the store asks of it.
vi.mock('../../../renderer/src/api', () => ({ setMessageLanguage: () => undefined }));
vi.mock('../../../renderer/src/case/open-case', () => ({
  openCase: (caseId: number, matterId: number) => {
    calls.opened.push([caseId, matterId]);
    return Promise.resolve();
  },
}));

const { openCaseFile, receiveCaseFiles } =
  await import('../../../renderer/src/case/open-case-file');
const { useAppStore } = await import('../../../renderer/src/store/app-store');

describe('a case file opened from the file manager', () => {
  it('becomes a matter named after the file, with the case in it, opened in the editor', async () => {
    const text = readFileSync('examples/ssa-l-kommune-saksbehandling.json', 'utf8');
    let listener: ((file: CaseFile) => void) | null = null;
    receiveCaseFiles({
      onCaseFile: (l: (file: CaseFile) => void) => {
        listener = l;
      },
    } as unknown as DesktopBridge);
    listener!({ name: 'Byggesak.skyavtale', text });
    await vi.waitFor(() => {
      expect(calls.opened).toEqual([[42, 7]]);
    });
    expect(calls.requests).toEqual([
      ['matters.create', { name: 'Byggesak' }],
      ['cases.create', { matterId: 7, caseText: text, label: 'Byggesak.skyavtale' }],
    ]);
  });

  it('is refused with its name when it is not a case, and nothing is created', async () => {
    calls.requests.length = 0;
    await openCaseFile({ name: 'Handleliste.skyavtale', text: 'melk, brød' });
    expect(calls.requests).toEqual([]);
    expect(useAppStore.getState().messages.at(-1)).toMatchObject({
      kind: 'error',
      text: '«Handleliste.skyavtale» er ikke en lesbar avtalefil (JSON med schemaVersion).',
    });
  });
});
