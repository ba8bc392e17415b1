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

  it('is refused with advice to update when a newer Skyavtale made it, and nothing is created', async () => {
    calls.requests.length = 0;
    const text = readFileSync('examples/ssa-l-kommune-saksbehandling.json', 'utf8');
    const newer = text.replace(/"schemaVersion": \d+/, '"schemaVersion": 99');
    await openCaseFile({ name: 'Fremtid.skyavtale', text: newer });
    expect(calls.requests).toEqual([]);
    expect(useAppStore.getState().messages.at(-1)).toMatchObject({
      kind: 'error',
      text: expect.stringContaining(
        '«Fremtid.skyavtale»: saken er laget med en nyere versjon av Skyavtale (saksformat 99;',
      ) as unknown,
    });
  });

  it('goes into the library as it was written when it is of an older format', async () => {
    calls.requests.length = 0;
    const text = readFileSync('tests/fixtures/case-v1/ssa-l-kommune-saksbehandling.json', 'utf8');
    await openCaseFile({ name: 'Gammel.skyavtale', text });
    expect(calls.requests).toContainEqual([
      'cases.create',
      { matterId: 7, caseText: text, label: 'Gammel.skyavtale' },
    ]);
  });
});
