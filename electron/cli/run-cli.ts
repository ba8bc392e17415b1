import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { Language } from '../core/case/case-schema';
import type { ApiClient } from '../shared/api';
import {
  EXIT,
  Failure,
  printProblems,
  readCaseText,
  assertOk,
  type CliContext,
  type CliIo,
} from './cli-context';
import { formatDateTime } from '../core/i18n/format';
import {
  assertExported,
  exportInput,
  exportOptions,
  folderOptions,
  langOption,
  type ExportCliOptions,
} from './export-options';
import { DATA_OPTION } from './global-options';
import { addLibraryCommands } from './library-commands';
import { addRequirementCommands } from './requirement-commands';
import { localize } from '../core/errors';

export { EXIT, type CliIo } from './cli-context';

/** Opens the API of a data folder (null: SKYAVTALE_DATA or the platform's usual folder). */
export type Connect = (dataDir: string | null) => ApiClient;

function buildProgram(connect: Connect, io: CliIo, version: string): Command {
  let client: ApiClient | null = null;
  const api = (): ApiClient => {
    const { data } = program.opts<{ data?: string }>();
    client ??= connect(data ? resolve(io.cwd, data) : null);
    return client;
  };
  const context: CliContext = { io, api };
  const program = new Command('skyavtale')
    .description(
      'Skyavtale: avtaler for offentlige skykjøp (SSA-L, SSA-Sky, SSA-Lille sky) som Word og PDF',
    )
    .version(version, '-v, --version', 'skriv ut versjonen')
    .option(
      `${DATA_OPTION.short}, ${DATA_OPTION.long} <dir>`,
      'datamappen med biblioteket (standard: SKYAVTALE_DATA)',
    )
    .helpOption('-h, --help', 'vis hjelp')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  exportOptions(
    folderOptions(program.command('generate'))
      .description(
        'lag alle dokumentene i saken (Word og PDF) og en manifest.json med SHA-256 for hver fil',
      )
      .argument('<case>', 'saksfilen (JSON)'),
  ).action(async (file: string, options: ExportCliOptions & { out: string; force: boolean }) => {
    const caseText = await readCaseText(io, file);
    const input = exportInput(caseText, options);
    const lang = input.messageLang;
    const result = await api()['case.export']({
      ...input,
      outDir: resolve(io.cwd, options.out),
      overwrite: options.force,
    });
    assertExported(io, result, lang);
    printProblems(io, result.value.warnings, lang);
    for (const f of result.value.files)
      io.stdout(`${f.path}  (${f.format}, ${f.size} byte, sha256 ${f.sha256.slice(0, 12)}…)\n`);
    const count = result.value.files.length;
    const out = resolve(io.cwd, options.out);
    io.stdout(
      `${localize(
        {
          nb: `${count} filer og manifest.json skrevet til ${out}`,
          nn: `${count} filer og manifest.json skrivne til ${out}`,
          en: `${count} files and manifest.json written to ${out}`,
        },
        lang,
      )}\n`,
    );
  });

  exportOptions(
    program
      .command('pack')
      .description('lag hele bilagspakken som én zip-fil med manifest.json og innholdsliste')
      .argument('<case>', 'saksfilen (JSON)')
      .requiredOption('-o, --out <file>', 'zip-filen som skrives')
      .option('--force', 'erstatt zip-filen om den finnes', false),
  ).action(async (file: string, options: ExportCliOptions & { out: string; force: boolean }) => {
    const caseText = await readCaseText(io, file);
    const input = exportInput(caseText, options);
    const lang = input.messageLang;
    const result = await api()['case.pack']({
      ...input,
      outFile: resolve(io.cwd, options.out),
      overwrite: options.force,
    });
    assertExported(io, result, lang);
    printProblems(io, result.value.warnings, lang);
    const { path, size, sha256, files } = result.value;
    const documents = localize({ nb: 'dokumenter', nn: 'dokument', en: 'documents' }, lang);
    io.stdout(`${path}: ${files.length} ${documents}, ${size} byte, sha256 ${sha256}\n`);
  });

  program
    .command('verify')
    .description(
      'beregn SHA-256 for en fil og finn den i manifest.json (ved siden av filen eller angitt)',
    )
    .argument('<file>', 'filen som skal kontrolleres')
    .option('-m, --manifest <file>', 'manifestet som skal søkes i')
    .action(async (file: string, options: { manifest?: string }) => {
      const result = await api()['file.verify']({
        path: resolve(io.cwd, file),
        manifestPath: options.manifest ? resolve(io.cwd, options.manifest) : null,
      });
      assertOk(io, result);
      const { sha256, match, manifestsSearched, pdf, recorded } = result.value;
      io.stdout(`sha256 ${sha256}\n`);
      for (const e of recorded)
        io.stdout(
          `biblioteket: eksportert ${formatDateTime(e.createdAt)} fra sak ${e.matterId} «${e.matterName}», avtale ${e.caseId} versjon ${e.versionNumber} (${e.status === 'final' ? 'endelig' : 'utkast'}) til ${e.path}\n`,
        );
      if (pdf?.status)
        io.stdout(
          `PDF: ${pdf.status}${pdf.caseVersion ? `, saksversjon ${pdf.caseVersion}` : ''}${pdf.docxSha256 ? `, tilhører DOCX med sha256 ${pdf.docxSha256}` : ''}\n`,
        );
      if (match) {
        io.stdout(
          `OK: samsvarer med «${match.name}» i ${match.manifest} (${match.status === 'final' ? 'endelig' : 'utkast'})\n`,
        );
        return;
      }
      if (recorded.length > 0) {
        io.stdout('OK: filen er uendret siden den ble eksportert fra biblioteket\n');
        return;
      }
      io.stderr(
        manifestsSearched.length > 0
          ? `skyavtale: filen samsvarer ikke med noen fil i ${manifestsSearched.join(', ')}: den er endret eller kommer fra en annen eksport\n`
          : 'skyavtale: fant ikke manifest.json å sammenligne med (angi det med --manifest), og filen er ikke registrert i biblioteket\n',
      );
      throw new Failure(EXIT.failed);
    });

  program
    .command('validate')
    .description('kontroller en saksfil og skriv ut hvert problem med JSON-sti')
    .argument('<case>', 'saksfilen (JSON)')
    .addOption(langOption('-l, --lang <lang>', 'språk for meldingene').default('nb'))
    .action(async (file: string, options: { lang: Language }) => {
      const caseText = await readCaseText(io, file);
      const result = await api()['case.validate']({ caseText, lang: options.lang });
      assertOk(io, result, options.lang);
      const { problems } = result.value;
      printProblems(io, problems, options.lang);
      const errors = problems.filter((p) => p.severity === 'error').length;
      const en = options.lang === 'en';
      if (errors > 0) {
        io.stderr(en ? `${file}: ${errors} error(s)\n` : `${file}: ${errors} feil\n`);
        throw new Failure(EXIT.failed);
      }
      io.stdout(en ? `${file}: valid\n` : `${file}: gyldig\n`);
    });

  program
    .command('recommend')
    .description('anbefal SSA-L, SSA-Sky eller SSA-Lille sky ut fra noen spørsmål om kjøpet')
    .option(
      '--standard-service',
      'en standardisert tjeneste (SaaS) kjøpt som løpende leveranse',
      false,
    )
    .addOption(
      new Option(
        '--implementation <effort>',
        'hvor mye leverandøren skal implementere og konfigurere',
      )
        .choices(['none', 'limited', 'significant'])
        .default('limited'),
    )
    .option('--platform', 'kunden bygger på en skyplattform (IaaS/PaaS)', false)
    .option(
      '--licences-only',
      'bare lisenser eller abonnement, tas i bruk uten særlig bistand',
      false,
    )
    .option('--personal-data', 'leverandøren skal behandle personopplysninger', false)
    .addOption(langOption('-l, --lang <lang>', 'språk for svaret').default('nb'))
    .action(
      async (options: {
        standardService: boolean;
        implementation: 'none' | 'limited' | 'significant';
        platform: boolean;
        licencesOnly: boolean;
        personalData: boolean;
        lang: Language;
      }) => {
        const result = await api()['agreement.recommend']({
          profile: {
            standardService: options.standardService,
            implementation: options.implementation,
            platformUse: options.platform,
            licencesOnly: options.licencesOnly,
          },
          personalData: options.personalData,
          lang: options.lang,
        });
        assertOk(io, result);
        const { name, reasons, fits, contradictions, notes } = result.value;
        io.stdout(
          `${options.lang === 'en' ? 'Recommended' : options.lang === 'nn' ? 'Tilrådd' : 'Anbefalt'}: ${name}\n`,
        );
        // Each reason against another agreement names it, so the lines read on their own.
        const others = fits.filter((fit) => !fit.recommended).flatMap((fit) => fit.reasons);
        for (const line of [...reasons, ...others, ...notes]) io.stdout(`- ${line}\n`);
        for (const line of contradictions) io.stdout(`! ${line}\n`);
      },
    );

  program
    .command('schema')
    .description('skriv ut saksformatet som JSON Schema')
    .action(async () => {
      const result = await api()['case.schema']({});
      assertOk(io, result);
      io.stdout(`${JSON.stringify(result.value, null, 2)}\n`);
    });

  addRequirementCommands(program, context);
  addLibraryCommands(program, context);
  return program;
}

/** The program's own command that `command` is, or is under: `cases` for `cases export`. */
function topCommandOf(command: Command): string {
  let top = command;
  while (top.parent?.parent) top = top.parent;
  return top.name();
}

/**
 * Runs the command line; returns the exit code instead of exiting, so tests can run it in process.
 * `onCommand` hears the name of the program's command whose action runs (none for help or a
 * misuse).
 */
export async function runCli(
  argv: string[],
  connect: Connect,
  io: CliIo,
  version: string,
  onCommand?: (command: string) => void,
): Promise<number> {
  const program = buildProgram(connect, io, version);
  if (onCommand) {
    program.hook('preAction', (_, action) => {
      onCommand(topCommandOf(action));
    });
  }
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT.misuse;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Failure) return error.exitCode;
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)
        ? EXIT.ok
        : EXIT.misuse;
    }
    throw error;
  }
}
