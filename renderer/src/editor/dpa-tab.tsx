import { tickAppendixFor } from '../case/appendix-names';
import type { CaseInput } from '../../../electron/core/case/case-schema';
import {
  CheckboxField,
  LinesField,
  NumberField,
  SectionProblems,
  SelectField,
  TextField,
} from '../components/fields';
import { useT } from '../store/app-store';
import { useCaseStore } from '../store/case-store';
import { orNull } from './parties-tab';

type Dpa = NonNullable<CaseInput['dpa']>;
type Subprocessor = NonNullable<Dpa['subprocessors']>[number];

/** The data processing agreement: the GDPR art. 28(3) details and the sub-processors. */
export function DpaTab() {
  const t = useT();
  const dpa = useCaseStore((s) => s.caseInput?.dpa ?? null);
  const personalData = useCaseStore((s) => s.caseInput?.service.personalData ?? false);
  const update = useCaseStore((s) => s.update);
  const edit = (mutate: (d: Dpa) => void) => {
    update((c) => {
      if (c.dpa) mutate(c.dpa);
    });
  };
  const text = (
    field: 'subjectMatter' | 'duration' | 'nature' | 'purpose' | 'instructions',
    label: string,
    multiline = false,
  ) => (
    <TextField
      label={label}
      path={`dpa.${field}`}
      multiline={multiline}
      rows={3}
      value={dpa?.[field]}
      onChange={(v) => {
        edit((d) => {
          d[field] = orNull(v);
        });
      }}
    />
  );
  const lines = (field: 'dataTypes' | 'specialCategories' | 'dataSubjects', label: string) => (
    <LinesField
      label={label}
      path={`dpa.${field}`}
      hint={t('Én per linje', 'One per line')}
      value={dpa?.[field]}
      onChange={(v) => {
        edit((d) => {
          d[field] = v;
        });
      }}
    />
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
            if (on) tickAppendixFor(c, 'dpa');
          });
        }}
      />
      <SectionProblems path="dpa" />
      {dpa && (
        <>
          <SelectField
            label={t('Form', 'Form')}
            path="dpa.form"
            value={dpa.form ?? 'standard'}
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
            onChange={(v) => {
              edit((d) => {
                d.form = v;
              });
            }}
          />
          <section aria-labelledby="art28-heading">
            <h3 id="art28-heading">
              {t('Behandlingen (art. 28 nr. 3)', 'The processing (art. 28(3))')}
            </h3>
            <div className="grid-2">
              {text(
                'subjectMatter',
                t('Behandlingens gjenstand', 'Subject matter of the processing'),
              )}
              {text('duration', t('Behandlingens varighet', 'Duration of the processing'))}
              {text('nature', t('Behandlingens art', 'Nature of the processing'), true)}
              {text('purpose', t('Formålet med behandlingen', 'Purpose of the processing'), true)}
              {lines('dataTypes', t('Typer personopplysninger', 'Types of personal data'))}
              {lines(
                'specialCategories',
                t(
                  'Særlige kategorier av personopplysninger',
                  'Special categories of personal data',
                ),
              )}
              {lines('dataSubjects', t('Kategorier av registrerte', 'Categories of data subjects'))}
              {text(
                'instructions',
                t('Instrukser fra den behandlingsansvarlige', "The controller's instructions"),
                true,
              )}
              <NumberField
                label={t('Frist for varsel om brudd (timer)', 'Breach notice (hours)')}
                path="dpa.breachNoticeHours"
                hint={t('Høyst 72 timer', 'At most 72 hours')}
                value={dpa.breachNoticeHours ?? 24}
                onChange={(v) => {
                  edit((d) => {
                    d.breachNoticeHours = v ?? Number.NaN;
                  });
                }}
              />
            </div>
          </section>
          <Subprocessors list={dpa.subprocessors ?? []} edit={edit} />
        </>
      )}
    </div>
  );
}

function Subprocessors({
  list,
  edit,
}: {
  list: Subprocessor[];
  edit: (mutate: (d: Dpa) => void) => void;
}) {
  const t = useT();
  const setRow = (index: number, mutate: (s: Subprocessor) => void) => {
    edit((d) => {
      const row = d.subprocessors?.[index];
      if (row) mutate(row);
    });
  };
  return (
    <fieldset className="list-fieldset">
      <legend>{t('Underdatabehandlere', 'Sub-processors')}</legend>
      <SectionProblems path="dpa.subprocessors" />
      {list.length === 0 && (
        <p className="muted">{t('Ingen underdatabehandlere.', 'No sub-processors.')}</p>
      )}
      {list.map((sub, index) => {
        const n = index + 1;
        const at = `dpa.subprocessors[${index}]`;
        return (
          <div className="list-row subprocessor-row" key={index}>
            <TextField
              label={`${t('Navn, underdatabehandler', 'Name, sub-processor')} ${n}`}
              path={`${at}.name`}
              value={sub.name}
              onChange={(v) => {
                setRow(index, (s) => {
                  s.name = v;
                });
              }}
            />
            <TextField
              label={`${t('Land (ISO-kode), underdatabehandler', 'Country (ISO code), sub-processor')} ${n}`}
              path={`${at}.country`}
              placeholder="NO"
              value={sub.country}
              onChange={(v) => {
                setRow(index, (s) => {
                  s.country = v.toUpperCase();
                });
              }}
            />
            <TextField
              label={`${t('Tjeneste, underdatabehandler', 'Service, sub-processor')} ${n}`}
              path={`${at}.service`}
              value={sub.service}
              onChange={(v) => {
                setRow(index, (s) => {
                  s.service = v;
                });
              }}
            />
            <TextField
              label={`${t('Behandlingssted, underdatabehandler', 'Location, sub-processor')} ${n}`}
              path={`${at}.location`}
              value={sub.location}
              onChange={(v) => {
                setRow(index, (s) => {
                  s.location = v;
                });
              }}
            />
            <SelectField
              label={`${t('Overføringsgrunnlag, underdatabehandler', 'Transfer basis, sub-processor')} ${n}`}
              path={`${at}.transferBasis`}
              value={sub.transferBasis ?? 'none'}
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
              onChange={(v) => {
                setRow(index, (s) => {
                  s.transferBasis = v;
                });
              }}
            />
            <button
              type="button"
              className="button-small button-danger"
              onClick={() => {
                edit((d) => {
                  d.subprocessors?.splice(index, 1);
                });
              }}
            >
              {t('Fjern underdatabehandler', 'Remove sub-processor')} {n}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          edit((d) => {
            d.subprocessors = [
              ...(d.subprocessors ?? []),
              { name: '', country: '', service: '', location: '', transferBasis: 'none' },
            ];
          });
        }}
      >
        {t('Legg til underdatabehandler', 'Add a sub-processor')}
      </button>
    </fieldset>
  );
}
