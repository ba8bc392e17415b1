import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatDateTime } from '../core/i18n/format';
import { MATTER_STATUSES, type Matter } from '../shared/library-api';
import { assertOk, printProblems, readCaseText, type CliContext } from './cli-context';
import {
  assertExported,
  exportInput,
  exportOptions,
  folderOptions,
  type ExportCliOptions,
} from './export-options';
import { localize } from '../core/errors';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('må være et positivt heltall');
  return n;
}

const STATUS_WORDS: Record<Matter['status'], string> = {
  active: 'aktiv',
  signed: 'signert',
  closed: 'avsluttet',
};

function matterLine(m: Matter): string {
  const details = [m.customer, m.reference, STATUS_WORDS[m.status], ...m.tags.map((t) => `#${t}`)]
    .filter(Boolean)
    .join(' · ');
  return `${String(m.id).padStart(5)}  ${m.name}${details ? `  (${details})` : ''}\n`;
}

/** The commands over the local library: matters, cases and versions, search, backup. */
export function addLibraryCommands(program: Command, { io, api }: CliContext): void {
  const matters = program.command('matters').description('sakene i biblioteket');

  matters
    .command('list')
    .description('list sakene, sist endret først')
    .option('-p, --page <n>', 'side', positiveInteger, 1)
    .option('--page-size <n>', 'saker per side', positiveInteger, 50)
    .addOption(
      new Option('-s, --status <status>', 'bare saker med denne statusen').choices(MATTER_STATUSES),
    )
    .action(async (options: { page: number; pageSize: number; status?: Matter['status'] }) => {
      const result = await api()['matters.list']({
        page: options.page,
        pageSize: options.pageSize,
        status: options.status ?? null,
      });
      assertOk(io, result);
      const { items, total } = result.value;
      for (const m of items) io.stdout(matterLine(m));
      io.stdout(`${total} saker i alt (side ${options.page})\n`);
    });

  matters
    .command('show')
    .description('vis en sak med avtalene i den')
    .argument('<id>', 'sakens nummer', positiveInteger)
    .action(async (id: number) => {
      const result = await api()['matters.get']({ id });
      assertOk(io, result);
      const { matter, cases } = result.value;
      io.stdout(matterLine(matter));
      for (const c of cases)
        io.stdout(
          `       avtale ${c.id}: ${c.title} (${c.agreement}, versjon ${c.latestVersion}, endret ${formatDateTime(c.updatedAt)})\n`,
        );
    });

  matters
    .command('create')
    .description('opprett en ny sak')
    .argument('<name>', 'sakens navn')
    .option('--customer <name>', 'kunden')
    .option('--reference <ref>', 'saksnummer')
    .option('--tag <tag...>', 'stikkord')
    .action(
      async (name: string, options: { customer?: string; reference?: string; tag?: string[] }) => {
        const result = await api()['matters.create']({
          name,
          customer: options.customer ?? null,
          reference: options.reference ?? null,
          tags: options.tag ?? [],
        });
        assertOk(io, result);
        io.stdout(matterLine(result.value));
      },
    );

  matters
    .command('delete')
    .description(`flytt en sak til papirkurven (tømmes etter 30 dager)`)
    .argument('<id>', 'sakens nummer', positiveInteger)
    .action(async (id: number) => {
      const result = await api()['matters.delete']({ id });
      assertOk(io, result);
      io.stdout(`«${result.value.name}» er flyttet til papirkurven\n`);
    });

  matters
    .command('export')
    .description('lagre en sak med alle versjoner som én fil, for å flytte den til en annen maskin')
    .argument('<id>', 'sakens nummer', positiveInteger)
    .requiredOption('-o, --out <file>', 'filen som skrives')
    .action(async (id: number, options: { out: string }) => {
      const result = await api()['matters.export']({ id, file: resolve(io.cwd, options.out) });
      assertOk(io, result);
      io.stdout(`${result.value.path}: ${result.value.versions} versjoner\n`);
    });

  matters
    .command('import')
    .description('legg til en sak fra en fil laget med «matters export»')
    .argument('<file>', 'filen')
    .action(async (file: string) => {
      const result = await api()['matters.import']({ file: resolve(io.cwd, file) });
      assertOk(io, result);
      io.stdout(matterLine(result.value));
    });

  const cases = program.command('cases').description('avtalene i en sak, med versjoner');

  cases
    .command('save')
    .description('lagre en saksfil som ny versjon (eller som ny avtale i en sak med --matter)')
    .argument('<case>', 'saksfilen (JSON)')
    .option('--matter <id>', 'legg til som ny avtale i denne saken', positiveInteger)
    .option('--case <id>', 'lagre som ny versjon av denne avtalen', positiveInteger)
    .option('--label <text>', 'merkelapp, for eksempel «sendt til leverandør»')
    .action(async (file: string, options: { matter?: number; case?: number; label?: string }) => {
      if ((options.matter === undefined) === (options.case === undefined)) {
        io.stderr('skyavtale: angi enten --matter (ny avtale) eller --case (ny versjon)\n');
        program.error('', { exitCode: 2, code: 'skyavtale.usage' });
      }
      const caseText = await readCaseText(io, file);
      const label = options.label ?? null;
      if (options.matter !== undefined) {
        const result = await api()['cases.create']({ matterId: options.matter, caseText, label });
        assertOk(io, result);
        io.stdout(
          `avtale ${result.value.case.id} lagret som versjon ${result.value.version.number}\n`,
        );
      } else {
        const result = await api()['cases.save']({ caseId: options.case ?? 0, caseText, label });
        assertOk(io, result);
        io.stdout(`avtale ${options.case ?? ''} lagret som versjon ${result.value.number}\n`);
      }
    });

  cases
    .command('history')
    .description('vis versjonene av en avtale og filene som er laget fra dem')
    .argument('<id>', 'avtalens nummer', positiveInteger)
    .action(async (caseId: number) => {
      const result = await api()['cases.history']({ caseId });
      assertOk(io, result);
      for (const v of result.value.versions) {
        const notes = [
          v.label,
          v.restoredFrom ? `gjenopprettet fra versjon ${v.restoredFrom}` : null,
        ].filter(Boolean);
        io.stdout(
          `versjon ${v.number}  ${formatDateTime(v.createdAt)}  ${v.author}${notes.length ? `  (${notes.join('; ')})` : ''}\n`,
        );
      }
      for (const e of result.value.exports)
        io.stdout(
          `  eksport fra versjon ${e.versionNumber}: ${e.path} (${e.status === 'final' ? 'endelig' : 'utkast'}, sha256 ${e.sha256.slice(0, 12)}…)\n`,
        );
    });

  cases
    .command('show')
    .description('skriv ut saksfilen til en versjon (standard: den siste)')
    .argument('<id>', 'avtalens nummer', positiveInteger)
    .argument('[version]', 'versjonsnummer', positiveInteger)
    .action(async (caseId: number, number?: number) => {
      const result = await api()['cases.version']({ caseId, number: number ?? null });
      assertOk(io, result);
      io.stdout(`${result.value.caseText.trimEnd()}\n`);
    });

  exportOptions(
    folderOptions(cases.command('export'))
      .description(
        'lag dokumentene fra en versjon (standard: den siste) og registrer filene i biblioteket',
      )
      .argument('<id>', 'avtalens nummer', positiveInteger)
      .argument('[version]', 'versjonsnummer', positiveInteger),
  ).action(
    async (
      caseId: number,
      number: number | undefined,
      options: ExportCliOptions & { out: string; force: boolean },
    ) => {
      const version = await api()['cases.version']({ caseId, number: number ?? null });
      assertOk(io, version);
      const input = exportInput(version.value.caseText, options);
      const lang = input.messageLang;
      const result = await api()['case.export']({
        ...input,
        outDir: resolve(io.cwd, options.out),
        caseId,
        caseVersion: version.value.number,
        overwrite: options.force,
      });
      assertExported(io, result, lang);
      printProblems(io, result.value.warnings, lang);
      const count = result.value.files.length;
      const n = version.value.number;
      const out = resolve(io.cwd, options.out);
      io.stdout(
        `${localize(
          {
            nb: `${count} filer fra versjon ${n} skrevet til ${out} og registrert i biblioteket`,
            nn: `${count} filer frå versjon ${n} skrivne til ${out} og registrerte i biblioteket`,
            en: `${count} files from version ${n} written to ${out} and recorded in the library`,
          },
          lang,
        )}\n`,
      );
    },
  );

  cases
    .command('restore')
    .description('gjør en gammel versjon til den nyeste (som en ny versjon; ingenting slettes)')
    .argument('<id>', 'avtalens nummer', positiveInteger)
    .argument('<version>', 'versjonen som skal gjenopprettes', positiveInteger)
    .action(async (caseId: number, number: number) => {
      const result = await api()['cases.restore']({ caseId, number });
      assertOk(io, result);
      io.stdout(`versjon ${number} er gjenopprettet som versjon ${result.value.number}\n`);
    });

  program
    .command('search')
    .description(
      'søk i saker, avtaler, klausuler og sikkerhetskrav («databehandl*» søker på ordstart)',
    )
    .argument('<text...>', 'ordene det søkes etter')
    .option('-n, --limit <n>', 'høyst så mange treff', positiveInteger, 20)
    .action(async (words: string[], options: { limit: number }) => {
      const result = await api().search({ text: words.join(' '), limit: options.limit });
      assertOk(io, result);
      const kinds = { matter: 'sak', case: 'avtale', clause: 'klausul', requirement: 'krav' };
      for (const hit of result.value)
        io.stdout(`${kinds[hit.kind]} ${hit.ref}: ${hit.title}\n    ${hit.snippet}\n`);
      io.stdout(`${result.value.length} treff\n`);
    });

  program
    .command('backup')
    .description('ta sikkerhetskopi av biblioteket (uten fil: i datamappen, de 10 siste beholdes)')
    .argument('[file]', 'filen kopien skrives til')
    .action(async (file?: string) => {
      const result = await api()['store.backup']({ file: file ? resolve(io.cwd, file) : null });
      assertOk(io, result);
      io.stdout(`sikkerhetskopi skrevet: ${result.value.path} (${result.value.size} byte)\n`);
    });

  program
    .command('restore')
    .description('gjenopprett biblioteket fra en sikkerhetskopi (dagens bibliotek kopieres først)')
    .argument('<file>', 'sikkerhetskopien')
    .action(async (file: string) => {
      const result = await api()['store.restore']({ file: resolve(io.cwd, file) });
      assertOk(io, result);
      io.stdout(
        `gjenopprettet fra ${result.value.restored}; biblioteket slik det var, er kopiert til ${result.value.safetyCopy}\n`,
      );
    });
}
