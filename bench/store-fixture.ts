import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_NAME, LibraryFolder } from '../electron/node/store/library';

const CUSTOMERS = [
  'Bærum kommune',
  'Direktoratet for samfunnsdata',
  'Tromsø kommune',
  'Statens vegvesen',
];
const SUBJECTS = ['saksbehandling', 'arkiv', 'analyseplattform', 'skjemaløsning', 'økonomisystem'];

/**
 * A data folder with `cases` cases of four to a matter and `versionsPerCase` versions each, built
 * once and kept in the cache folder: building 50,000 versions takes longer than measuring them.
 */
export function libraryFixture(
  cacheDir: string,
  caseText: string,
  cases: number,
  versionsPerCase: number,
): string {
  const dataDir = join(cacheDir, `library-${cases}x${versionsPerCase}`);
  if (existsSync(join(dataDir, DATABASE_NAME))) return dataDir;
  const building = `${dataDir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const clock = { t: Date.parse('2025-01-01T08:00:00Z') };
  const folder = LibraryFolder.open(building, {
    now: () => new Date((clock.t += 60_000)),
    author: () => 'Benk Benksen',
  });
  const { store } = folder;
  const base = JSON.parse(caseText) as Record<string, unknown>;
  store.db.transaction(() => {
    for (let m = 0; m < cases / 4; m++) {
      const customer = CUSTOMERS[m % CUSTOMERS.length] ?? '';
      const subject = SUBJECTS[m % SUBJECTS.length] ?? '';
      const matter = store.createMatter({
        name: `Anskaffelse ${m + 1}: ${subject}`,
        customer,
        reference: `25/${10000 + m}`,
        tags: [subject],
      });
      for (let c = 0; c < 4; c++) {
        const text = (v: number) =>
          JSON.stringify({ ...base, title: `${subject} ${m + 1}.${c + 1} v${v}` }, null, 2);
        const created = store.createCase(matter.id, text(1), null);
        for (let v = 2; v <= versionsPerCase; v++)
          store.saveVersion(created.case.id, text(v), null);
      }
    }
  })();
  folder.close();
  renameSync(building, dataDir);
  return dataDir;
}
