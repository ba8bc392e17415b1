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

/**
 * Entry numbers in their natural order: runs of digits by value and the rest character by
 * character, so "5.2" comes before "5.10" and "21" before "21(2)(a)". It is the order of the
 * platform's numeric collator for numbers of these shapes (a test holds them together), without
 * the collation data a collator loads on first use, a hundredth of a second of every command.
 */
export function byEntryNumber(a: string, b: string): number {
  const as = a.match(/\d+|\D+/g) ?? [];
  const bs = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < as.length && i < bs.length; i++) {
    const x = as[i] as string;
    const y = bs[i] as string;
    if (x === y) continue;
    const byValue = /\d/.test(x) && /\d/.test(y) ? Number(x) - Number(y) : 0;
    return byValue !== 0 ? byValue : x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

/** A framework's entries in the order the framework itself lists them. */
export function frameworkControls(bank: RequirementBank, framework: Framework): string[] {
  const keys = Object.keys(bank.frameworks[framework]);
  return NUMBERED.has(framework) ? keys.sort(byEntryNumber) : keys;
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
