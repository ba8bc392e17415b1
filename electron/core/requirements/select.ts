import type { Language } from '../case/case-schema';
import type { Framework, Requirement, RequirementBank } from './bank-schema';

export const PRESETS = ['all-bis', 'saas-baseline', 'iaas-paas-baseline'] as const;
export type Preset = (typeof PRESETS)[number];

export interface RequirementFilter {
  kinds?: Requirement['kind'][];
  areas?: string[];
  cloudModel?: Requirement['cloudModels'][number];
  /** Only requirements that map to this framework (and to `control` in it, if given). */
  framework?: Framework;
  control?: string;
  /** Words that must all occur in the ID, title or text (case-insensitive). */
  text?: string;
}

/** The requirements a preset starts a tender with. */
export function presetRequirements(bank: RequirementBank, preset: Preset): Requirement[] {
  switch (preset) {
    case 'all-bis':
      return bank.requirements.filter((r) => r.kind === 'B.IS');
    case 'saas-baseline':
      return bank.requirements.filter(
        (r) => r.kind !== 'C' && r.absolute && r.cloudModels.includes('saas'),
      );
    case 'iaas-paas-baseline':
      return bank.requirements.filter(
        (r) =>
          r.kind !== 'C' &&
          r.absolute &&
          (r.cloudModels.includes('iaas') || r.cloudModels.includes('paas')),
      );
  }
}

/** Narrows the bank by kind, area, cloud model, framework control and free text. */
export function filterRequirements(
  requirements: Requirement[],
  filter: RequirementFilter,
  lang: Language,
): Requirement[] {
  const words = (filter.text ?? '').toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  return requirements.filter((r) => {
    if (filter.kinds && !filter.kinds.includes(r.kind)) return false;
    if (filter.areas && !filter.areas.includes(r.area)) return false;
    if (filter.cloudModel && !r.cloudModels.includes(filter.cloudModel)) return false;
    if (filter.framework) {
      const mapped = r.mappings[filter.framework];
      if (filter.control ? !mapped.includes(filter.control) : mapped.length === 0) return false;
    }
    if (words.length > 0) {
      const haystack = `${r.id} ${r[lang].title} ${r[lang].text}`.toLocaleLowerCase('nb');
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}
