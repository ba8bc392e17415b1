import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { CaseInput } from '../electron/core/case/case-schema';
import type { RequirementBank } from '../electron/core/requirements/bank-schema';

const COUNTRIES = ['NO', 'SE', 'DK', 'FI', 'DE', 'IE', 'NL', 'FR', 'US', 'GB'] as const;

/** How many requirements the largest case chooses. */
export const LARGEST_REQUIREMENT_COUNT = 150;

/**
 * A copy of the templates whose bank is scaled up to `total` requirements: the shipped bank plus
 * copies of its additional (C) requirements under new numbers, so every front end (in process
 * and the command line) sees the same bank.
 */
export function scaledTemplates(
  templatesRoot: string,
  bank: RequirementBank,
  total: number,
): string {
  const root = mkdtempSync(join(tmpdir(), 'skyavtale-bench-templates-'));
  cpSync(templatesRoot, root, { recursive: true });
  const sources = bank.requirements.filter((r) => r.kind === 'C');
  const extra = Array.from({ length: Math.max(0, total - bank.requirements.length) }, (_, i) => {
    const source = sources[i % sources.length];
    if (!source) throw new Error('the bank has no C requirements to copy');
    // IDs have at most three digits: the copies take C.500 and up, clear of the real ones.
    return { ...source, id: `C.${500 + i}` };
  });
  writeFileSync(join(root, 'requirements', 'bank', 'zz-bench-scaled.yaml'), stringify(extra));
  return root;
}

/**
 * The largest realistic case: the SSA-Sky example with every appendix ticked and filled, the DPA
 * with 40 sub-processors, the whole requirement bank with its response table and the coverage
 * appendix.
 */
export function largestCase(examplePath: string, bank: RequirementBank): CaseInput {
  const base = JSON.parse(readFileSync(examplePath, 'utf8')) as CaseInput;
  const paragraph =
    'Leverandøren skal beskrive hvordan tjenesten oppfyller behovet, med henvisning til dokumentasjon, ' +
    'arkitektur, driftsrutiner og sikkerhetstiltak. Beskrivelsen skal være konkret og etterprøvbar. ';
  const appendices = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      { included: true, text: `${paragraph.repeat(6)}\n\n- ${paragraph}\n- ${paragraph}` },
    ]),
  );
  return {
    ...base,
    appendices,
    requirements: bank.requirements.map((r) => ({ id: r.id })),
    coverageAppendix: true,
    edits: [
      {
        clause: 'precedence',
        action: 'replace',
        text: paragraph,
        reason: 'Tilpasset kundens rangordning.',
      },
    ],
    dpa: {
      ...(base.dpa ?? {}),
      subprocessors: Array.from({ length: 40 }, (_, i) => {
        const country = COUNTRIES[i % COUNTRIES.length] ?? 'NO';
        return {
          name: `Underleverandør ${i + 1} AS`,
          country,
          service: 'Drift, overvåking og kundestøtte',
          location: country === 'US' ? 'USA' : 'EU/EØS',
          transferBasis: country === 'US' || country === 'GB' ? 'scc' : 'none',
        } as const;
      }),
    },
  };
}
