import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { LANGUAGES, type Language } from '../core/case/case-schema';
import type { Problem } from '../core/case/problems';
import { OUTPUT_FORMATS, type OutputFormat } from '../core/generate';
import type { ApiClient, ApiError } from '../shared/api';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** Exit codes: 0 done, 1 the input has problems or the work failed, 2 the command was misused. */
export const EXIT = { ok: 0, failed: 1, misuse: 2 } as const;

class Failure extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

function formatsOption(value: string): OutputFormat[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  const unknown = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new InvalidArgumentError(
      `ukjent format «${unknown.join(', ')}» (bruk ${OUTPUT_FORMATS.join(', ')})`,
    );
  }
  return formats as OutputFormat[];
}

const langOption = (flag: string, description: string): Option =>
  new Option(flag, description).choices(LANGUAGES);

function printProblems(io: CliIo, problems: Problem[]): void {
  for (const p of problems) {
    const label = p.severity === 'error' ? 'feil' : 'advarsel';
    io.stderr(`${label}: ${p.path}: ${p.message}\n`);
  }
}

function printError(io: CliIo, error: ApiError): void {
  if (error.problems.length > 0) printProblems(io, error.problems);
  io.stderr(
    `skyavtale: ${error.where && !error.message.startsWith(error.where) ? `${error.where}: ` : ''}${error.message}\n`,
  );
}

async function readCaseText(io: CliIo, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(
      `skyavtale: ${file}: ${code === 'ENOENT' ? 'filen finnes ikke' : `kan ikke lese filen (${code ?? String(error)})`}\n`,
    );
    throw new Failure(EXIT.failed);
  }
}

function buildProgram(client: ApiClient, io: CliIo, version: string): Command {
  const program = new Command('skyavtale')
    .description(
      'Skyavtale: avtaler for offentlige skykjøp (SSA-L, SSA-Sky, SSA-Lille sky) som Word og PDF',
    )
    .version(version, '-v, --version', 'skriv ut versjonen')
    .helpOption('-h, --help', 'vis hjelp')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('generate')
    .description(
      'lag alle dokumentene i saken (Word og PDF) og en manifest.json med SHA-256 for hver fil',
    )
    .argument('<case>', 'saksfilen (JSON)')
    .requiredOption('-o, --out <dir>', 'mappen dokumentene skrives til')
    .option('-f, --format <formats>', 'formater, kommaseparert: docx,pdf', formatsOption, [
      ...OUTPUT_FORMATS,
    ])
    .addOption(
      langOption('-l, --lang <lang>', 'språkform for dokumentene (standard: sakens språk)'),
    )
    .option('--guidance', 'ta med veiledningstekst (bare for utkast)', false)
    .action(
      async (
        file: string,
        options: { out: string; format: OutputFormat[]; lang?: Language; guidance: boolean },
      ) => {
        const caseText = await readCaseText(io, file);
        const result = await client['case.export']({
          caseText,
          outDir: resolve(io.cwd, options.out),
          formats: options.format,
          lang: options.lang ?? null,
          guidance: options.guidance,
          messageLang: options.lang ?? 'nb',
        });
        if (!result.ok) {
          printError(io, result.error);
          throw new Failure(EXIT.failed);
        }
        printProblems(io, result.value.warnings);
        for (const f of result.value.files)
          io.stdout(`${f.path}  (${f.format}, ${f.size} byte, sha256 ${f.sha256.slice(0, 12)}…)\n`);
        io.stdout(
          `${result.value.files.length} filer og manifest.json skrevet til ${resolve(io.cwd, options.out)}\n`,
        );
      },
    );

  program
    .command('validate')
    .description('kontroller en saksfil og skriv ut hvert problem med JSON-sti')
    .argument('<case>', 'saksfilen (JSON)')
    .addOption(langOption('-l, --lang <lang>', 'språk for meldingene').default('nb'))
    .action(async (file: string, options: { lang: Language }) => {
      const caseText = await readCaseText(io, file);
      const result = await client['case.validate']({ caseText, lang: options.lang });
      if (!result.ok) {
        printError(io, result.error);
        throw new Failure(EXIT.failed);
      }
      const { problems } = result.value;
      printProblems(io, problems);
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
        const result = await client['agreement.recommend']({
          profile: {
            standardService: options.standardService,
            implementation: options.implementation,
            platformUse: options.platform,
            licencesOnly: options.licencesOnly,
          },
          personalData: options.personalData,
          lang: options.lang,
        });
        if (!result.ok) {
          printError(io, result.error);
          throw new Failure(EXIT.failed);
        }
        const { name, reasons, notes } = result.value;
        io.stdout(
          `${options.lang === 'en' ? 'Recommended' : options.lang === 'nn' ? 'Tilrådd' : 'Anbefalt'}: ${name}\n`,
        );
        for (const line of [...reasons, ...notes]) io.stdout(`- ${line}\n`);
      },
    );

  program
    .command('schema')
    .description('skriv ut saksformatet som JSON Schema')
    .action(async () => {
      const result = await client['case.schema']({});
      if (!result.ok) {
        printError(io, result.error);
        throw new Failure(EXIT.failed);
      }
      io.stdout(`${JSON.stringify(result.value, null, 2)}\n`);
    });

  return program;
}

/** Runs the command line; returns the exit code instead of exiting, so tests can run it in process. */
export async function runCli(
  argv: string[],
  client: ApiClient,
  io: CliIo,
  version: string,
): Promise<number> {
  const program = buildProgram(client, io, version);
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
