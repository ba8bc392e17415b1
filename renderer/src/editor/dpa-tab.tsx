import { tickAppendixFor } from '../../../electron/core/contract-set/appendix-outline';
import { loadedOutline } from '../store/appendix-store';
import type { CaseInput } from '../../../electron/core/case/case-schema';
import { CaseLines, CaseNumber, CaseSelect, CaseText, useCaseList } from '../components/case-field';
import { DataTable } from '../components/data-table';
import { CheckboxField, SectionProblems } from '../components/fields';
import { useT } from '../store/app-store';
import { useCaseStore } from '../store/case-store';

type Dpa = NonNullable<CaseInput['dpa']>;
type Subprocessor = NonNullable<Dpa['subprocessors']>[number];

/** The data processing agreement: the GDPR art. 28(3) details and the sub-processors. */
export function DpaTab() {
  const t = useT();
  const dpa = useCaseStore((s) => s.caseInput?.dpa ?? null);
  const personalData = useCaseStore((s) => s.caseInput?.service.personalData ?? false);
  const update = useCaseStore((s) => s.update);
  const text = (
    field: 'subjectMatter' | 'duration' | 'nature' | 'purpose' | 'instructions',
    multiline = false,
  ) => <CaseText path={`dpa.${field}`} multiline={multiline} rows={3} empty={null} />;
  const lines = (field: 'dataTypes' | 'specialCategories' | 'dataSubjects') => (
    <CaseLines path={`dpa.${field}`} hint={t('Én per linje', 'One per line')} />
  );

  return (
    <div className="tab-content">
      <CheckboxField
        label={t(
          'Avtalen har databehandleravtale',
          'The agreement has a data processing agreement',
        )}
        hint={
          personalData
            ? t(
                'Leverandøren behandler personopplysninger, så en databehandleravtale trengs (GDPR art. 28).',
                'The supplier processes personal data, so a data processing agreement is needed (GDPR art. 28).',
              )
            : undefined
        }
        checked={dpa !== null}
        onChange={(on) => {
          update((c) => {
            c.dpa = on ? { form: 'standard' } : null;
            if (on) tickAppendixFor(loadedOutline(), c, 'dpa');
          });
        }}
      />
      <SectionProblems path="dpa" />
      {dpa && (
        <>
          <CaseSelect
            path="dpa.form"
            fallback="standard"
            options={[
              {
                value: 'standard',
                label: t('Skyavtales databehandleravtale', "Skyavtale's data processing agreement"),
              },
              {
                value: 'supplier',
                label: t(
                  'Leverandørens egen avtale (sjekkliste for art. 28)',
                  "The supplier's own agreement (art. 28 checklist)",
                ),
              },
            ]}
          />
          <section aria-labelledby="art28-heading">
            <h3 id="art28-heading">
              {t('Behandlingen (art. 28 nr. 3)', 'The processing (art. 28(3))')}
            </h3>
            <div className="grid-2">
              {text('subjectMatter')}
              {text('duration')}
              {text('nature', true)}
              {text('purpose', true)}
              {lines('dataTypes')}
              {lines('specialCategories')}
              {lines('dataSubjects')}
              {text('instructions', true)}
              <CaseNumber
                path="dpa.breachNoticeHours"
                hint={t('Høyst 72 timer', 'At most 72 hours')}
                fallback={24}
              />
            </div>
          </section>
          <Subprocessors />
        </>
      )}
    </div>
  );
}

function Subprocessors() {
  const t = useT();
  const list = useCaseList<Subprocessor>('dpa.subprocessors', () => ({
    name: '',
    country: '',
    service: '',
    location: '',
    transferBasis: 'none',
  }));
  const at = (i: number, field: keyof Subprocessor) => `dpa.subprocessors[${i}].${field}`;
  return (
    <DataTable
      className="subprocessors"
      caption={t('Underdatabehandlere', 'Sub-processors')}
      path="dpa.subprocessors"
      empty={t('Ingen underdatabehandlere.', 'No sub-processors.')}
      columns={[
        {
          header: t('Navn', 'Name'),
          cell: (_, i) => <CaseText path={at(i, 'name')} hideLabel />,
        },
        {
          header: t('Land (ISO-kode)', 'Country (ISO code)'),
          cell: (_, i) => (
            <CaseText
              path={at(i, 'country')}
              hideLabel
              placeholder="NO"
              normalize={(v) => v.toUpperCase()}
            />
          ),
        },
        {
          header: t('Tjeneste', 'Service'),
          cell: (_, i) => <CaseText path={at(i, 'service')} hideLabel />,
        },
        {
          header: t('Behandlingssted', 'Location'),
          cell: (_, i) => <CaseText path={at(i, 'location')} hideLabel />,
        },
        {
          header: t('Overføringsgrunnlag', 'Transfer basis'),
          cell: (_, i) => (
            <CaseSelect
              path={at(i, 'transferBasis')}
              hideLabel
              fallback="none"
              options={[
                {
                  value: 'none',
                  label: t('Ingen overføring ut av EU/EØS', 'No transfer out of the EU/EEA'),
                },
                {
                  value: 'adequacy',
                  label: t('Beslutning om tilstrekkelig beskyttelse', 'Adequacy decision'),
                },
                {
                  value: 'scc',
                  label: t('EUs standardavtaler (SCC)', 'Standard contractual clauses (SCC)'),
                },
                {
                  value: 'bcr',
                  label: t('Bindende virksomhetsregler (BCR)', 'Binding corporate rules (BCR)'),
                },
              ]}
            />
          ),
        },
      ]}
      rows={list.rows}
      editing={{
        addLabel: t('Legg til underdatabehandler', 'Add a sub-processor'),
        onAdd: list.add,
        removeLabel: (i) => `${t('Fjern underdatabehandler', 'Remove sub-processor')} ${i + 1}`,
        onRemove: list.remove,
      }}
    />
  );
}
