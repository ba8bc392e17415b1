import { Command, InvalidArgumentError, Option } from 'commander';
import { CLOUD_MODELS, type Language } from '../core/case/case-schema';
import { FRAMEWORKS, REQUIREMENT_KINDS, type Framework } from '../core/requirements/bank-schema';
import { PRESETS } from '../core/requirements/select';
import type { RequirementSummary } from '../shared/requirements-api';
import { assertOk, readCaseText, type CliContext } from './cli-context';
import { langOption } from './export-options';
import { localize } from '../core/errors';

const FRAMEWORK_NAMES: Record<Framework, string> = {
  nis2: 'NIS2',
  nis2ir: 'NIS2 gjennomføringsforordning (vedlegg)',
  iso27001: 'ISO/IEC 27001:2022 vedlegg A',
  nistCsf: 'NIST CSF 2.0',
  nsm: 'NSMs grunnprinsipper 2.1',
  csaCcm: 'CSA CCM',
  bsiC5: 'BSI C5',
};

/** Short names users type for the frameworks ("nist" for NIST CSF). */
const FRAMEWORK_ALIASES: Record<string, Framework> = {
  ...Object.fromEntries(FRAMEWORKS.map((f) => [f.toLowerCase(), f])),
  nist: 'nistCsf',
  iso: 'iso27001',
  csa: 'csaCcm',
  c5: 'bsiC5',
};

function parseFramework(value: string): Framework {
  const framework = FRAMEWORK_ALIASES[value.toLowerCase()];
  if (!framework) {
    throw new InvalidArgumentError(
      `ukjent rammeverk «${value}» (bruk ${Object.keys(FRAMEWORK_ALIASES).join(', ')})`,
    );
  }
  return framework;
}

/** «21(2)(a) Art. 21(2)(a) Retningslinjer …» reads twice; print the name alone where it says it. */
const entry = (control: string, name: string): string =>
  name.includes(control) ? name : `${control} ${name}`;

const BASELINE_WORDS = { absolute: 'absolutt', weighted: 'evaluert' } as const;

/** «saas absolutt, paas evaluert, iaas tillegg»: how each cloud model's baseline holds it. */
const baselineText = (r: RequirementSummary): string =>
  r.cloudModels
    .map((m) => {
      const role = r.baseline[m];
      return `${m} ${role ? BASELINE_WORDS[role] : 'tillegg'}`;
    })
    .join(', ');

function requirementLine(r: RequirementSummary): string {
  return `${r.id.padEnd(8)} ${r.title}  (${r.areaName} · ${baselineText(r)})\n`;
}

interface ListOptions {
  preset?: (typeof PRESETS)[number];
  kind?: (typeof REQUIREMENT_KINDS)[number][];
  area?: string[];
  model?: (typeof CLOUD_MODELS)[number];
  framework?: Framework;
  control?: string;
  lang: Language;
}

/** The requirement bank and the coverage of a case: `requirements list|show|search`, `coverage`. */
export function addRequirementCommands(program: Command, { io, api }: CliContext): void {
  const requirements = program.command('requirements').description('kravbanken for sikkerhetskrav');

  const list = async (options: ListOptions, text: string | null): Promise<void> => {
    const result = await api()['requirements.list']({
      preset: options.preset ?? null,
      kinds: options.kind ?? null,
      areas: options.area ?? null,
      cloudModel: options.model ?? null,
      framework: options.framework ?? null,
      control: options.control ?? null,
      text,
      lang: options.lang,
    });
    assertOk(io, result);
    for (const r of result.value.items) io.stdout(requirementLine(r));
    io.stdout(`${result.value.items.length} krav\n`);
  };

  const filterOptions = (command: Command): Command =>
    command
      .addOption(new Option('--kind <kind...>', 'bare disse typene').choices(REQUIREMENT_KINDS))
      .option('--area <area...>', 'bare disse områdene (for eksempel iam, logging, encryption)')
      .addOption(
        new Option('--model <model>', 'bare krav for denne tjenestemodellen').choices(CLOUD_MODELS),
      )
      .option(
        '--framework <framework>',
        'bare krav koblet til rammeverket (nis2, nis2ir, iso, nist, nsm, csa, c5)',
        parseFramework,
      )
      .option(
        '--control <control>',
        'bare krav koblet til dette punktet i rammeverket, f.eks. 21(2)(i)',
      )
      .addOption(langOption('-l, --lang <lang>', 'språk for kravteksten').default('nb'));

  filterOptions(
    requirements
      .command('list')
      .description('list kravene, eventuelt fra et utgangspunkt og med filtre')
      .addOption(new Option('--preset <preset>', 'start fra et utgangspunkt').choices(PRESETS)),
  ).action((options: ListOptions) => list(options, null));

  filterOptions(
    requirements
      .command('search')
      .description('søk i kravenes ID, tittel og tekst (alle ordene må finnes)')
      .argument('<text...>', 'ordene det søkes etter'),
  ).action((words: string[], options: ListOptions) => list(options, words.join(' ')));

  requirements
    .command('show')
    .description('vis et krav med tekst, veiledning og kobling til alle rammeverk')
    .argument('<id>', 'kravets ID, for eksempel B.IS.24')
    .addOption(langOption('-l, --lang <lang>', 'språk for kravteksten').default('nb'))
    .action(async (id: string, options: { lang: Language }) => {
      const result = await api()['requirements.get']({ id, lang: options.lang });
      assertOk(io, result);
      const r = result.value;
      io.stdout(`${r.id} ${r.title}\n`);
      io.stdout(`${r.kind} · ${r.areaName} · ${baselineText(r)}\n\n`);
      io.stdout(`${r.text}\n\nVeiledning: ${r.guidance}\n\n`);
      for (const framework of FRAMEWORKS) {
        io.stdout(`${FRAMEWORK_NAMES[framework]}:\n`);
        for (const c of r.mappings[framework]) io.stdout(`  ${entry(c.control, c.name)}\n`);
      }
    });

  program
    .command('coverage')
    .description(
      'vis hvilke punkter i NIS2, NSMs grunnprinsipper og ISO 27001 de valgte kravene dekker',
    )
    .argument('<case>', 'saksfilen (JSON)')
    .option(
      '--framework <framework...>',
      'rammeverkene: nis2, nis2ir, iso, nist, nsm, csa, c5 (standard: nis2 nis2ir nsm iso)',
      (value: string, previous: Framework[] | undefined) => [
        ...(previous ?? []),
        parseFramework(value),
      ],
    )
    .addOption(langOption('-l, --lang <lang>', 'språk').default('nb'))
    .action(async (file: string, options: { framework?: Framework[]; lang: Language }) => {
      const caseText = await readCaseText(io, file);
      const result = await api()['case.coverage']({
        caseText,
        lang: options.lang,
        ...(options.framework && { frameworks: options.framework }),
      });
      const { lang } = options;
      assertOk(io, result, lang);
      const chosen = result.value.chosen;
      io.stdout(
        `${localize({ nb: `${chosen} valgte krav`, nn: `${chosen} valde krav`, en: `${chosen} chosen requirements` }, lang)}\n`,
      );
      const uncovered = localize({ nb: 'ikke dekket', nn: 'ikkje dekt', en: 'not covered' }, lang);
      for (const c of result.value.coverage) {
        const [covered, total] = [c.covered, c.rows.length];
        const share = localize(
          {
            nb: `${covered} av ${total} dekket`,
            nn: `${covered} av ${total} dekte`,
            en: `${covered} of ${total} covered`,
          },
          lang,
        );
        io.stdout(`\n${FRAMEWORK_NAMES[c.framework]}: ${share}\n`);
        for (const row of c.rows)
          io.stdout(
            `  ${row.requirements.length > 0 ? '✓' : '–'} ${entry(row.control, row.name)}: ${row.requirements.length > 0 ? row.requirements.join(', ') : uncovered}\n`,
          );
      }
    });
}
