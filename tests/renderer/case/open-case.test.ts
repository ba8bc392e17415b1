import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLES, V1_EXAMPLES, examplePath, loadExample } from '../../fixtures/cases';

// The library answers with the stored text under test; the real store is tested with the back end.
const stored = vi.hoisted(() => ({ caseText: '' }));
vi.mock('../../../renderer/src/request', () => ({
  request: (name: string) =>
    Promise.resolve(
      name === 'cases.version'
        ? { number: 3, caseText: stored.caseText }
        : name === 'drafts.recover'
          ? []
          : null,
    ),
}));
// The transport needs a browser window; the message language is all the store asks of it.
vi.mock('../../../renderer/src/api', () => ({ setMessageLanguage: () => undefined }));

const { openCase } = await import('../../../renderer/src/case/open-case');
const { useCaseStore } = await import('../../../renderer/src/store/case-store');
const { useAppStore } = await import('../../../renderer/src/store/app-store');

describe('opening a stored case in the editor', () => {
  it('edits a version of format 1 in the current format, unsaved changes none', async () => {
    stored.caseText = readFileSync(examplePath(V1_EXAMPLES.ssaSky), 'utf8');
    expect(await openCase(5, 2)).toBe(true);
    const state = useCaseStore.getState();
    expect(state.caseInput).toEqual(loadExample(EXAMPLES.ssaSky));
    expect(state).toMatchObject({ caseId: 5, version: 3, dirty: false });
  });

  it('refuses a version of a newer format with advice to update', async () => {
    useCaseStore.getState().close();
    stored.caseText = JSON.stringify({ ...loadExample(), schemaVersion: 99 });
    expect(await openCase(6, 2)).toBe(false);
    expect(useCaseStore.getState().caseInput).toBeNull();
    expect(useAppStore.getState().messages.at(-1)).toMatchObject({
      kind: 'error',
      text: expect.stringContaining(
        'Avtale 6: saken er laget med en nyere versjon av Skyavtale',
      ) as unknown,
    });
  });
});
