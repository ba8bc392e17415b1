import { tickAppendixFor } from '../../../electron/core/contract-set/appendix-outline';
import { loadedOutline } from '../store/appendix-store';
import { useEffect, useRef, useState } from 'react';
import type { CloudModel } from '../../../electron/core/case/case-schema';
import type { Framework } from '../../../electron/core/requirements/bank-schema';
import { absoluteByDefault } from '../../../electron/core/requirements/baseline';
import {
  gapFilter,
  type Preset,
  type RequirementFilter,
} from '../../../electron/core/requirements/select';
import type { ProcedureOutput } from '../../../electron/shared/api';
import type { RequirementSummary } from '../../../electron/shared/requirements-api';
import { api } from '../api';
import { useDebouncedEffect } from '../case/debounce';
import { DataTable } from '../components/data-table';
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

type Kind = 'A' | 'B.IS' | 'C';
type Coverage = ProcedureOutput<'case.coverage'>;

export const FRAMEWORK_NAMES: Record<Framework, string> = {
  nis2: 'NIS2',
  nis2ir: 'NIS2 (gjennomføringsforordningen)',
  iso27001: 'ISO/IEC 27001/27002:2022',
  nistCsf: 'NIST CSF 2.0',
  nsm: 'NSMs grunnprinsipper',
  csaCcm: 'CSA CCM',
  bsiC5: 'BSI C5',
};

const MODEL_NAMES: Record<CloudModel, string> = { saas: 'SaaS', paas: 'PaaS', iaas: 'IaaS' };

/** Browsing the requirement bank, choosing requirements, and their framework coverage. */
export function RequirementsTab() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const requirements = useCaseStore((s) => s.caseInput?.requirements ?? []);
  const cloudModel = useCaseStore((s) => s.caseInput?.service.cloudModel ?? 'saas');
  const coverageAppendix = useCaseStore((s) => s.caseInput?.coverageAppendix ?? false);
  const update = useCaseStore((s) => s.update);
  const [filter, setFilter] = useState<RequirementFilter>({});
  const [items, setItems] = useState<RequirementSummary[]>([]);
  const [all, setAll] = useState<RequirementSummary[]>([]);
  const bankHeading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const change = (patch: Partial<RequirementFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
  };

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
        preset: filter.preset ?? null,
        kinds: filter.kinds ?? null,
        areas: filter.areas ?? null,
        cloudModel: filter.cloudModel ?? null,
        framework: filter.framework ?? null,
        control: filter.control ?? null,
        controlText: filter.controlText?.trim() || null,
        text: filter.text?.trim() || null,
        lang: uiLang,
      });
      if (!found || !isCurrent()) return;
      setItems(found.items);
      // A new list is read from its top, not from where the old one was scrolled to.
      list.current?.scrollTo({ top: 0 });
    },
    JSON.stringify([filter, uiLang]),
    200,
  );

  const showGap = (framework: Framework, control: string) => {
    setFilter(gapFilter(framework, control, cloudModel));
    bankHeading.current?.scrollIntoView({ block: 'start' });
    bankHeading.current?.focus({ preventScroll: true });
  };

  const areas = [...new Map(all.map((r) => [r.area, r.areaName])).entries()];
  const byId = new Map(all.map((r) => [r.id, r]));
  const chosen = new Set(requirements.map((r) => r.id));

  const choiceFor = (r: RequirementSummary) => {
    const absolute = absoluteByDefault(r, cloudModel);
    return { id: r.id, absolute, weight: absolute ? null : 5 };
  };
  const baselineHint = (r: RequirementSummary): string => {
    const role = r.baseline[cloudModel];
    if (!role) return '';
    const how = role === 'absolute' ? t('absolutt', 'absolute') : t('evaluert', 'evaluated');
    return ` · ${how} ${t('i grunnlinjen for', 'in the baseline for')} ${MODEL_NAMES[cloudModel]}`;
  };

  const choose = (r: RequirementSummary, on: boolean) => {
    update((c) => {
      const list = c.requirements ?? [];
      c.requirements = on
        ? list.some((x) => x.id === r.id)
          ? list
          : [...list, choiceFor(r)]
        : list.filter((x) => x.id !== r.id);
      if (on) tickAppendixFor(loadedOutline(), c, 'security');
    });
  };

  return (
    <div className="tab-content">
      <section aria-labelledby="req-filter-heading">
        <h3 id="req-filter-heading" className="scroll-target" ref={bankHeading} tabIndex={-1}>
          {t('Kravbanken', 'The requirement bank')}
        </h3>
        <div className="grid-3 requirement-filters">
          <SelectField<Preset | ''>
            label={t('Forhåndsvalg', 'Preset')}
            value={filter.preset ?? ''}
            options={[
              { value: '', label: t('Hele kravbanken', 'The whole bank') },
              { value: 'all-bis', label: t('Alle B.IS-krav', 'All B.IS requirements') },
              { value: 'saas-baseline', label: t('Grunnlinje for SaaS', 'SaaS baseline') },
              { value: 'paas-baseline', label: t('Grunnlinje for PaaS', 'PaaS baseline') },
              { value: 'iaas-baseline', label: t('Grunnlinje for IaaS', 'IaaS baseline') },
            ]}
            onChange={(v) => {
              change({ preset: v || undefined });
            }}
          />
          <SelectField<CloudModel | ''>
            label={t('Skymodell', 'Cloud model')}
            value={filter.cloudModel ?? ''}
            options={[
              { value: '', label: t('Alle skymodeller', 'All cloud models') },
              ...(Object.keys(MODEL_NAMES) as CloudModel[]).map((m) => ({
                value: m,
                label: MODEL_NAMES[m],
              })),
            ]}
            onChange={(v) => {
              change({ cloudModel: v || undefined });
            }}
          />
          <SelectField<Kind | ''>
            label={t('Kravtype', 'Kind')}
            value={filter.kinds?.[0] ?? ''}
            options={[
              { value: '', label: t('Alle typer', 'All kinds') },
              { value: 'A', label: t('A – overordnede krav', 'A – principal requirements') },
              {
                value: 'B.IS',
                label: t('B.IS – informasjonssikkerhet', 'B.IS – information security'),
              },
              { value: 'C', label: t('C – tilleggskrav', 'C – additional requirements') },
            ]}
            onChange={(v) => {
              change({ kinds: v ? [v] : undefined });
            }}
          />
          <SelectField
            label={t('Område', 'Area')}
            value={filter.areas?.[0] ?? ''}
            options={[
              { value: '', label: t('Alle områder', 'All areas') },
              ...areas.map(([value, label]) => ({ value, label })),
            ]}
            onChange={(v) => {
              change({ areas: v ? [v] : undefined });
            }}
          />
          <SelectField<Framework | ''>
            label={t('Rammeverk', 'Framework')}
            value={filter.framework ?? ''}
            options={[
              { value: '', label: t('Alle rammeverk', 'All frameworks') },
              ...(Object.keys(FRAMEWORK_NAMES) as Framework[]).map((f) => ({
                value: f,
                label: FRAMEWORK_NAMES[f],
              })),
            ]}
            onChange={(v) => {
              change({ framework: v || undefined, control: undefined });
            }}
          />
          <TextField
            label={t('Søk i kontroller', 'Search controls')}
            type="search"
            value={filter.controlText ?? ''}
            onChange={(v) => {
              change({ controlText: v });
            }}
          />
          <TextField
            label={t('Søk i krav', 'Search requirements')}
            type="search"
            value={filter.text ?? ''}
            onChange={(v) => {
              change({ text: v });
            }}
          />
        </div>
        {filter.framework && filter.control && (
          <p className="gap-filter">
            {t('Viser krav som dekker', 'Showing requirements that cover')}{' '}
            <strong>
              {FRAMEWORK_NAMES[filter.framework]} {filter.control}
            </strong>
            {filter.cloudModel && ` (${MODEL_NAMES[filter.cloudModel]})`}.{' '}
            <button
              type="button"
              className="button-small"
              onClick={() => {
                change({ control: undefined });
              }}
            >
              {t('Vis hele rammeverket', 'Show the whole framework')}
            </button>
          </p>
        )}
        <div className="button-row">
          <span aria-live="polite" aria-atomic="true">
            {items.length} {t('krav vises', 'requirements shown')}
          </span>
          <span>
            {chosen.size} {t('valgt', 'chosen')}
          </span>
          <button
            type="button"
            onClick={() => {
              setFilter({});
            }}
            disabled={Object.values(filter).every((v) => v === undefined || v === '')}
          >
            {t('Nullstill filtre', 'Clear filters')}
          </button>
          <button
            type="button"
            disabled={items.every((r) => chosen.has(r.id))}
            onClick={() => {
              update((c) => {
                const list = c.requirements ?? [];
                const have = new Set(list.map((x) => x.id));
                c.requirements = [...list, ...items.filter((r) => !have.has(r.id)).map(choiceFor)];
                tickAppendixFor(loadedOutline(), c, 'security');
              });
            }}
          >
            {t('Velg alle viste krav', 'Choose all shown requirements')}
          </button>
        </div>
        <ul className="requirement-list" ref={list}>
          {items.map((r) => (
            <li key={r.id}>
              <CheckboxField
                label={`${r.id} ${r.title}`}
                checked={chosen.has(r.id)}
                hint={`${r.areaName}${baselineHint(r)}`}
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
            const inBank = byId.get(choice.id);
            const absolute =
              choice.absolute ?? (inBank ? absoluteByDefault(inBank, cloudModel) : false);
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

      <CoverageView onShowGap={showGap} />
    </div>
  );
}

/** Which framework entries the chosen requirements cover; the gaps stand out. */
function CoverageView({
  onShowGap,
}: {
  onShowGap: (framework: Framework, control: string) => void;
}) {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const revision = useCaseStore((s) => s.revision);
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

  // Coverage depends on the chosen requirements only, so it follows an unfinished case too.
  useDebouncedEffect(compute, `${revision}-${uiLang}`, 500);

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
          <DataTable
            caption={`${FRAMEWORK_NAMES[fw.framework]}: ${t('dekning', 'coverage')}`}
            hideCaption
            className="coverage-table"
            rows={fw.rows}
            rowKey={(row) => row.control}
            rowClassName={(row) => (row.requirements.length === 0 ? 'gap' : undefined)}
            columns={[
              { header: t('Punkt', 'Entry'), cell: (row) => row.control },
              { header: t('Navn', 'Name'), cell: (row) => row.name },
              {
                header: t('Dekket av', 'Covered by'),
                cell: (row) =>
                  row.requirements.length === 0 ? (
                    <>
                      <strong>{t('Ikke dekket', 'Not covered')}</strong>{' '}
                      <button
                        type="button"
                        className="button-small"
                        onClick={() => {
                          onShowGap(fw.framework, row.control);
                        }}
                      >
                        {t('Finn krav som dekker', 'Find requirements covering')} {row.control}
                      </button>
                    </>
                  ) : (
                    row.requirements.join(', ')
                  ),
              },
            ]}
          />
        </details>
      ))}
    </section>
  );
}
