import type { Framework, Requirement, RequirementBank } from './bank-schema';

export interface CoverageRow {
  /** The framework entry: a NIS2 article or letter, an annex section, a control, a principle. */
  control: string;
  /** IDs of the chosen requirements that map to it, in bank order. */
  requirements: string[];
}

export interface Coverage {
  framework: Framework;
  rows: CoverageRow[];
  covered: number;
  gaps: string[];
}

// JavaScript lists integer-like keys ("20", "23") before all others, so catalogues numbered that
// way are put back in their natural order; the others keep the order of frameworks.yaml.
const NUMBERED: ReadonlySet<Framework> = new Set(['nis2', 'nis2ir', 'iso27001', 'nsm']);

/** A framework's entries in the order the framework itself lists them. */
export function frameworkControls(bank: RequirementBank, framework: Framework): string[] {
  const keys = Object.keys(bank.frameworks[framework]);
  // A collator of its own each time: one kept by the module would be native state that the command
  // line's start-up snapshot cannot hold (electron/cli/snapshot.ts).
  return NUMBERED.has(framework)
    ? keys.sort(new Intl.Collator('en', { numeric: true }).compare)
    : keys;
}

/** Which of a framework's entries the chosen requirements cover, and which are gaps. */
export function coverage(
  bank: RequirementBank,
  chosenIds: readonly string[],
  framework: Framework,
): Coverage {
  const chosen = new Set(chosenIds);
  const byControl = new Map<string, string[]>();
  for (const requirement of bank.requirements) {
    if (!chosen.has(requirement.id)) continue;
    for (const control of requirement.mappings[framework]) {
      const list = byControl.get(control) ?? [];
      list.push(requirement.id);
      byControl.set(control, list);
    }
  }
  const rows = frameworkControls(bank, framework).map((control) => ({
    control,
    requirements: byControl.get(control) ?? [],
  }));
  const gaps = rows.filter((r) => r.requirements.length === 0).map((r) => r.control);
  return { framework, rows, covered: rows.length - gaps.length, gaps };
}

/** Requirements that cover a given framework entry, for filtering the bank. */
export function requirementsCovering(
  bank: RequirementBank,
  framework: Framework,
  control: string,
): Requirement[] {
  return bank.requirements.filter((r) => r.mappings[framework].includes(control));
}
