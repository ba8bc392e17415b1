import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGREEMENT_KINDS, LANGUAGES, type AgreementKind } from '../../core/case/case-schema';
import { parseYamlWith, type YamlReader } from '../../core/data/parse-yaml';
import { SkyError } from '../../core/errors';
import {
  buildBank,
  FrameworksSchema,
  RequirementFileSchema,
  type RequirementBank,
} from '../../core/requirements/bank-schema';
import {
  parseAgreementManifest,
  parseTemplateFile,
  type AgreementTemplates,
  type LanguageFiles,
} from '../../core/assembly/template-set';
import { openYamlCache } from './yaml-cache';

/** Everything loaded from the templates folder. */
export interface TemplateLibrary {
  root: string;
  agreements: Partial<Record<AgreementKind, AgreementTemplates>>;
  /** The data processing agreement, when its templates are installed. */
  dpa: LanguageFiles | null;
  security: LanguageFiles;
  bank: RequirementBank;
}

/** The templates folder: SKYAVTALE_TEMPLATES, else the nearest `templates/` above this module. */
export function findTemplatesRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SKYAVTALE_TEMPLATES) return env.SKYAVTALE_TEMPLATES;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'agreements'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new SkyError('template.root-missing', {
        nb: 'fant ikke malmappen «templates» (sett SKYAVTALE_TEMPLATES)',
        en: 'could not find the «templates» folder (set SKYAVTALE_TEMPLATES)',
      });
    }
    dir = parent;
  }
}

function read(root: string, path: string): string {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch (error) {
    throw new SkyError(
      'template.unreadable',
      {
        nb: `kan ikke lese filen (${String(error)})`,
        en: `cannot read the file (${String(error)})`,
      },
      path,
    );
  }
}

/** Every Markdown template of a folder, per language subfolder. */
function loadLanguageFiles(root: string, folder: string, readYaml: YamlReader): LanguageFiles {
  const files = {} as LanguageFiles;
  for (const lang of LANGUAGES) {
    files[lang] = {};
    const dir = join(root, folder, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort()) {
      const path = `${folder}/${lang}/${name}`;
      files[lang][name.slice(0, -3)] = parseTemplateFile(path, read(root, path), readYaml);
    }
  }
  return files;
}

function loadAgreement(
  root: string,
  kind: AgreementKind,
  readYaml: YamlReader,
): AgreementTemplates {
  const folder = `agreements/${kind}`;
  const manifest = parseAgreementManifest(
    `${folder}/agreement.yaml`,
    read(root, `${folder}/agreement.yaml`),
    readYaml,
  );
  return {
    kind,
    name: manifest.name,
    folder,
    appendices: Object.entries(manifest.appendices)
      .map(([number, spec]) => ({ number: Number(number), ...spec }))
      .sort((a, b) => a.number - b.number),
    otherAppendices: manifest.otherAppendices,
    files: loadLanguageFiles(root, folder, readYaml),
  };
}

function loadBank(root: string, readYaml: YamlReader): RequirementBank {
  const frameworks = parseYamlWith(
    FrameworksSchema,
    read(root, 'requirements/frameworks.yaml'),
    'requirements/frameworks.yaml',
    readYaml,
  );
  const bankDir = join(root, 'requirements', 'bank');
  const files = readdirSync(bankDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const path = relative(root, join(bankDir, name));
      return {
        path,
        requirements: parseYamlWith(RequirementFileSchema, read(root, path), path, readYaml),
      };
    });
  return buildBank(frameworks, files);
}

const cache = new Map<string, TemplateLibrary>();

/**
 * Loads (once per folder and process) every agreement's templates and the requirement bank.
 * `yamlCacheFile` keeps their parsed YAML between processes (see yaml-cache.ts).
 */
export function loadLibrary(
  root: string = findTemplatesRoot(),
  yamlCacheFile: string | null = null,
): TemplateLibrary {
  const cached = cache.get(root);
  if (cached) return cached;
  const yaml = openYamlCache(yamlCacheFile);
  const agreements: TemplateLibrary['agreements'] = {};
  for (const kind of AGREEMENT_KINDS) {
    if (existsSync(join(root, 'agreements', kind, 'agreement.yaml')))
      agreements[kind] = loadAgreement(root, kind, yaml.read);
  }
  const dpa = existsSync(join(root, 'dpa')) ? loadLanguageFiles(root, 'dpa', yaml.read) : null;
  const library = {
    root,
    agreements,
    dpa,
    security: loadLanguageFiles(root, 'security', yaml.read),
    bank: loadBank(root, yaml.read),
  };
  yaml.save();
  cache.set(root, library);
  return library;
}

/** Forgets the libraries this process has loaded, so that the next use reads its files again. */
export function forgetLoadedLibraries(): void {
  cache.clear();
}
