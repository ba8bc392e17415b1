import { describe, expect, it } from 'vitest';
import { clauseIdsOf } from '../../../electron/core/assembly/template-set';
import { LANGUAGES } from '../../../electron/core/case/case-schema';
import { loadLibrary } from '../../../electron/node/templates/load-library';

const library = loadLibrary();
const folders = [
  ...Object.values(library.agreements).map((a) => ({ name: a.folder, files: a.files })),
  ...(library.dpa ? [{ name: 'dpa', files: library.dpa }] : []),
  { name: 'security', files: library.security },
];

describe('templates in every language', () => {
  for (const folder of folders) {
    it(`${folder.name}: every language has the same files with the same clause IDs in the same order`, () => {
      const names = Object.keys(folder.files.nb).sort();
      expect(names.length).toBeGreaterThan(0);
      for (const lang of LANGUAGES) {
        expect(Object.keys(folder.files[lang]).sort(), `${folder.name}/${lang}`).toEqual(names);
        for (const name of names) {
          const ids = clauseIdsOf(folder.files[lang][name]!);
          expect(ids, `${folder.name}/${lang}/${name}.md`).toEqual(
            clauseIdsOf(folder.files.nb[name]!),
          );
        }
      }
    });

    it(`${folder.name}: clause IDs are unique across the folder`, () => {
      const ids = Object.values(folder.files.nb).flatMap((file) => clauseIdsOf(file));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });
  }

  it('gives every agreement its general text, front page and an appendix file per appendix', () => {
    for (const agreement of Object.values(library.agreements)) {
      const names = Object.keys(agreement.files.nb);
      expect(names).toEqual(
        expect.arrayContaining([
          'front',
          'general',
          ...agreement.appendices.map((a) => `appendix-${a.number}`),
        ]),
      );
    }
  });
});
