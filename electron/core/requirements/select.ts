import { type CloudModel, type Language } from '../case/case-schema';
import { FRAMEWORKS, type Framework, type Requirement, type RequirementBank } from './bank-schema';
import { baselineRequirements } from './baseline';

export const PRESETS = ['all-bis', 'saas-baseline', 'paas-baseline', 'iaas-baseline'] as const;
export type Preset = (typeof PRESETS)[number];

const BASELINE_OF: Record<Exclude<Preset, 'all-bis'>, CloudModel> = {
  'saas-baseline': 'saas',
  'paas-baseline': 'paas',
  'iaas-baseline': 'iaas',
};

export interface RequirementFilter {
  /** Start from a preset instead of the whole bank. */
  preset?: Preset;
  kinds?: Requirement['kind'][];
  areas?: string[];
  cloudModel?: CloudModel;
  /** Only requirements that map to this framework (and to `control` in it, if given). */
  framework?: Framework;
  control?: string;
  /**
   * Words that must all occur in the ID or name of one entry the requirement maps to, in
   * `framework` if given, else in any framework (case-insensitive).
   */
  controlText?: string;
  /** Words that must all occur in the ID, title or text (case-insensitive). */
  text?: string;
}

/** The requirements a preset starts a tender with. */
export function presetRequirements(bank: RequirementBank, preset: Preset): Requirement[] {
  if (preset === 'all-bis') return bank.requirements.filter((r) => r.kind === 'B.IS');
  return baselineRequirements(bank, BASELINE_OF[preset]);
}

/** The filter that lists the requirements able to close a coverage gap in a case. */
export function gapFilter(
  framework: Framework,
  control: string,
  cloudModel: CloudModel,
): RequirementFilter {
  return { framework, control, cloudModel };
}

const words = (text: string | undefined): string[] =>
  (text ?? '').toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);

const containsAll = (haystack: string, wanted: string[]): boolean => {
  const lower = haystack.toLocaleLowerCase('nb');
  return wanted.every((w) => lower.includes(w));
};

/** Narrows the bank by preset, kind, area, cloud model, framework control and free text. */
export function filterRequirements(
  bank: RequirementBank,
  filter: RequirementFilter,
  lang: Language,
): Requirement[] {
  const textWords = words(filter.text);
  const controlWords = words(filter.controlText);
  const searched = filter.framework ? [filter.framework] : FRAMEWORKS;
  const mapsToMatchingControl = (r: Requirement): boolean =>
    searched.some((f) =>
      r.mappings[f].some((c) =>
        containsAll(`${c} ${bank.frameworks[f][c]?.[lang] ?? ''}`, controlWords),
      ),
    );
  const start = filter.preset ? presetRequirements(bank, filter.preset) : bank.requirements;
  return start.filter((r) => {
    if (filter.kinds && !filter.kinds.includes(r.kind)) return false;
    if (filter.areas && !filter.areas.includes(r.area)) return false;
    if (filter.cloudModel && !r.cloudModels.includes(filter.cloudModel)) return false;
    if (filter.framework) {
      const mapped = r.mappings[filter.framework];
      if (filter.control ? !mapped.includes(filter.control) : mapped.length === 0) return false;
    }
    if (controlWords.length > 0 && !mapsToMatchingControl(r)) return false;
    if (textWords.length > 0 && !containsAll(`${r.id} ${r[lang].title} ${r[lang].text}`, textWords))
      return false;
    return true;
  });
}
