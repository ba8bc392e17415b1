import { tickAppendixFor } from '../case/appendix-names';
import { useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../../electron/shared/api';
import type { RequirementSummary } from '../../../electron/shared/requirements-api';
import { api } from '../api';
import { useDebouncedEffect } from '../case/debounce';
import {
  CheckboxField,
  NumberField,
  SectionProblems,
  SelectField,
  TextField,
  YesNoField,
} from '../components/fields';
import { request } from '../request';
import { RequirementDetails } from './requirement-details';
import { useAppStore, useT } from '../store/app-store';
import { caseText, useCaseStore } from '../store/case-store';

type Preset = 'all-bis' | 'saas-baseline' | 'iaas-paas-baseline';
type Kind = 'A' | 'B.IS' | 'C';
type Framework = 'nis2' | 'nis2ir' | 'iso27001' | 'nistCsf' | 'nsm' | 'csaCcm' | 'bsiC5';
type Coverage = ProcedureOutput<'case.coverage'>;

export const FRAMEWORK_NAMES: Record<Framework, string> = {
  nis2: 'NIS2',
  nis2ir: 'NIS2 (gjennomføringsforordningen)',
  iso27001: 'ISO/IEC 27001',
  nistCsf: 'NIST CSF',
  nsm: 'NSMs grunnprinsipper',
  csaCcm: 'CSA CCM',
  bsiC5: 'BSI C5',
};

/** Browsing the requirement bank, choosing requirements, and their framework coverage. */
export function RequirementsTab() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const requirements = useCaseStore((s) => s.caseInput?.requirements ?? []);
  const coverageAppendix = useCaseStore((s) => s.caseInput?.coverageAppendix ?? false);
  const update = useCaseStore((s) => s.update);
  const [preset, setPreset] = useState<Preset | ''>('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [area, setArea] = useState('');
  const [framework, setFramework] = useState<Framework | ''>('');
  const [text, setText] = useState('');
  const [items, setItems] = useState<RequirementSummary[]>([]);
  const [all, setAll] = useState<RequirementSummary[]>([]);

  // The whole bank once: the areas to filter by and the titles of chosen requirements.
  useEffect(() => {
    void (async () => {
      const found = await request('requirements.list', { lang: uiLang });
      if (found) setAll(found.items);
    })();
  }, [uiLang]);

  useDebouncedEffect(
    async (isCurrent) => {
      const found = await request('requirements.list', {
        preset: preset || null,
        kinds: kind ? [kind] : null,
        areas: area ? [area] : null,
        framework: framework || null,
        text: text.trim() || null,
        lang: uiLang,
      });
      if (found && isCurrent()) setItems(found.items);
    },
    JSON.stringify([preset, kind, area, framework, text, uiLang]),
    200,
  );

  const areas = [...new Map(all.map((r) => [r.area, r.areaName])).entries()];
  const byId = new Map(all.map((r) => [r.id, r]));
  const chosen = new Set(requirements.map((r) => r.id));

  const choose = (r: RequirementSummary, on: boolean) => {
    update((c) => {
      const list = c.requirements ?? [];
      c.requirements = on
        ? list.some((x) => x.id === r.id)
          ? list
          : [...list, { id: r.id, absolute: r.absolute, weight: r.absolute ? null : 5 }]
        : list.filter((x) => x.id !== r.id);
      if (on) tickAppendixFor(c, 'security');
    });
  };

  return (
    <div className="tab-content">
      <section aria-labelledby="req-filter-heading">
        <h3 id="req-filter-heading">{t('Kravbanken', 'The requirement bank')}</h3>
        <div className="grid-3">
          <SelectField<Preset | ''>
            label={t('Forhåndsvalg', 'Preset')}
            value={preset}
            options={[
              { value: '', label: t('Hele kravbanken', 'The whole bank') },
              { value: 'all-bis', label: t('Alle B.IS-krav', 'All B.IS requirements') },
              { value: 'saas-baseline', label: t('Grunnlinje for SaaS', 'SaaS baseline') },
              {
                value: 'iaas-paas-baseline',
                label: t('Grunnlinje for IaaS/PaaS', 'IaaS/PaaS baseline'),
              },
            ]}
            onChange={setPreset}
          />
          <SelectField<Kind | ''>
            label={t('Kravtype', 'Kind')}
            value={kind}
            options={[
              { value: '', label: t('Alle typer', 'All kinds') },
              { value: 'A', label: t('A – overordnede krav', 'A – principal requirements') },
              {
                value: 'B.IS',
                label: t('B.IS – informasjonssikkerhet', 'B.IS – information security'),
              },
              { value: 'C', label: t('C – tilleggskrav', 'C – additional requirements') },
            ]}
            onChange={setKind}
          />
          <SelectField
            label={t('Område', 'Area')}
            value={area}
            options={[
              { value: '', label: t('Alle områder', 'All areas') },
              ...areas.map(([value, label]) => ({ value, label })),
            ]}
            onChange={setArea}
          />
          <SelectField<Framework | ''>
            label={t('Rammeverk', 'Framework')}
            value={framework}
            options={[
              { value: '', label: t('Alle rammeverk', 'All frameworks') },
              ...(Object.keys(FRAMEWORK_NAMES) as Framework[]).map((f) => ({
                value: f,
                label: FRAMEWORK_NAMES[f],
              })),
            ]}
            onChange={setFramework}
          />
          <TextField
            label={t('Søk i krav', 'Search requirements')}
            type="search"
            value={text}
            onChange={setText}
          />
        </div>
        <div className="button-row">
          <span aria-live="polite">
            {items.length} {t('krav vist', 'requirements shown')}, {chosen.size}{' '}
            {t('valgt', 'chosen')}
          </span>
          <button
            type="button"
            disabled={items.every((r) => chosen.has(r.id))}
            onClick={() => {
              update((c) => {
                const list = c.requirements ?? [];
                const have = new Set(list.map((x) => x.id));
                c.requirements = [
                  ...list,
                  ...items
                    .filter((r) => !have.has(r.id))
                    .map((r) => ({
                      id: r.id,
                      absolute: r.absolute,
                      weight: r.absolute ? null : 5,
                    })),
                ];
                tickAppendixFor(c, 'security');
              });
            }}
          >
            {t('Velg alle viste krav', 'Choose all shown requirements')}
          </button>
        </div>
        <ul className="requirement-list">
          {items.map((r) => (
            <li key={r.id}>
              <CheckboxField
                label={`${r.id} ${r.title}`}
                checked={chosen.has(r.id)}
                hint={`${r.areaName}${r.absolute ? ` · ${t('absolutt krav', 'absolute requirement')}` : ''}`}
                onChange={(on) => {
                  choose(r, on);
                }}
              />
              <RequirementDetails id={r.id} frameworkNames={FRAMEWORK_NAMES} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="req-chosen-heading">
        <h3 id="req-chosen-heading">
          {t('Valgte krav', 'Chosen requirements')} ({requirements.length})
        </h3>
        <SectionProblems path="requirements" />
        {requirements.length === 0 && (
          <p className="muted">{t('Ingen krav er valgt.', 'No requirements chosen.')}</p>
        )}
        <ul className="chosen-list">
          {requirements.map((choice, index) => {
            const at = `requirements[${index}]`;
            const absolute = choice.absolute ?? byId.get(choice.id)?.absolute ?? false;
            return (
              <li key={choice.id} className="list-row">
                <p className="chosen-title">
                  <strong>{choice.id}</strong> {byId.get(choice.id)?.title ?? ''}
                </p>
                <SectionProblems path={at} />
                <YesNoField
                  label={`${t('Absolutt krav', 'Absolute requirement')} (${choice.id})`}
                  path={`${at}.absolute`}
                  yes={t('Ja – skal oppfylles', 'Yes – must be met')}
                  no={t('Nei – vektes', 'No – weighted')}
                  value={absolute}
                  onChange={(v) => {
                    update((c) => {
                      const row = c.requirements?.[index];
                      if (!row) return;
                      row.absolute = v;
                      row.weight = v ? null : (row.weight ?? 5);
                    });
                  }}
                />
                {!absolute && (
                  <NumberField
                    label={`${t('Vekt 1–10', 'Weight 1–10')} (${choice.id})`}
                    path={`${at}.weight`}
                    value={choice.weight}
                    onChange={(v) => {
                      update((c) => {
                        const row = c.requirements?.[index];
                        if (row) row.weight = v;
                      });
                    }}
                  />
                )}
                <button
                  type="button"
                  className="button-small button-danger"
                  onClick={() => {
                    update((c) => {
                      c.requirements = (c.requirements ?? []).filter((x) => x.id !== choice.id);
                    });
                  }}
                >
                  {t('Fjern', 'Remove')} {choice.id}
                </button>
              </li>
            );
          })}
        </ul>
        <CheckboxField
          label={t(
            'Ta med dekningsbilag (NIS2, NSM og ISO 27001)',
            'Include a coverage appendix (NIS2, NSM and ISO 27001)',
          )}
          path="coverageAppendix"
          checked={coverageAppendix}
          onChange={(v) => {
            update((c) => {
              c.coverageAppendix = v;
            });
          }}
        />
      </section>

      <CoverageView />
    </div>
  );
}

/** Which framework entries the chosen requirements cover; the gaps stand out. */
function CoverageView() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const revision = useCaseStore((s) => s.revision);
  const hasErrors = useCaseStore((s) => s.problems.some((p) => p.severity === 'error'));
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const compute = async (isCurrent: () => boolean) => {
    const { caseInput } = useCaseStore.getState();
    if (!caseInput) return;
    setBusy(true);
    const result = await api['case.coverage']({ caseText: caseText(caseInput), lang: uiLang });
    setBusy(false);
    if (!isCurrent()) return;
    if (result.ok) {
      setCoverage(result.value);
      setError(null);
    } else {
      // Shown here, next to the coverage it concerns, rather than as a global error.
      setError(result.error.message);
    }
  };

  // Coverage needs a valid case; while it has errors it is computed on request only.
  useDebouncedEffect(compute, `${revision}-${uiLang}`, 500, !hasErrors);

  return (
    <section aria-labelledby="coverage-heading" aria-busy={busy}>
      <h3 id="coverage-heading">{t('Dekning mot rammeverk', 'Coverage of frameworks')}</h3>
      <button
        type="button"
        onClick={() => {
          void compute(() => true);
        }}
      >
        {t('Beregn dekning', 'Work out coverage')}
      </button>
      {error && (
        <p className="problem problem-error" role="alert">
          {error}
        </p>
      )}
      {coverage?.coverage.map((fw) => (
        <details
          key={fw.framework}
          className="coverage"
          open={fw.gaps.length > 0 && coverage.chosen > 0}
        >
          <summary>
            {FRAMEWORK_NAMES[fw.framework]}: {fw.covered} {t('av', 'of')} {fw.rows.length}{' '}
            {t('dekket', 'covered')}
            {fw.gaps.length > 0 && (
              <span className="gap-count">
                {' '}
                · {fw.gaps.length} {t('hull', 'gaps')}
              </span>
            )}
          </summary>
          <table className="data-table coverage-table">
            <thead>
              <tr>
                <th scope="col">{t('Punkt', 'Entry')}</th>
                <th scope="col">{t('Navn', 'Name')}</th>
                <th scope="col">{t('Dekket av', 'Covered by')}</th>
              </tr>
            </thead>
            <tbody>
              {fw.rows.map((row) => (
                <tr key={row.control} className={row.requirements.length === 0 ? 'gap' : undefined}>
                  <td>{row.control}</td>
                  <td>{row.name}</td>
                  <td>
                    {row.requirements.length === 0 ? (
                      <strong>{t('Ikke dekket', 'Not covered')}</strong>
                    ) : (
                      row.requirements.join(', ')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
