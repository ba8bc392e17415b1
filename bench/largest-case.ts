import { readFileSync } from 'node:fs';
import type { CaseInput } from '../electron/core/case/case-schema';
import type { RequirementBank } from '../electron/core/requirements/bank-schema';

const COUNTRIES = ['NO', 'SE', 'DK', 'FI', 'DE', 'IE', 'NL', 'FR', 'US', 'GB'] as const;

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
