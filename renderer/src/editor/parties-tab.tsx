import type { CaseInput } from '../../../electron/core/case/case-schema';
import {
  CheckboxField,
  NumberField,
  SectionProblems,
  SelectField,
  TextField,
} from '../components/fields';
import { useT } from '../store/app-store';
import { useCaseStore } from '../store/case-store';

type PartyInput = CaseInput['customer'];
type PersonInput = PartyInput['signatories'][number];
type Role = 'customer' | 'supplier';

/** Empty optional text is stored as null, as the case file expects. */
export const orNull = (value: string): string | null => (value === '' ? null : value);

/** Title, reference, language, contract or tender, both parties, the service and the dates. */
export function PartiesTab() {
  const t = useT();
  const caseInput = useCaseStore((s) => s.caseInput);
  const update = useCaseStore((s) => s.update);
  if (!caseInput) return null;
  const service = caseInput.service;
  const dates = caseInput.dates ?? {};
  const extension = dates.extension ?? null;
  const setDates = (patch: Partial<NonNullable<CaseInput['dates']>>) => {
    update((c) => {
      c.dates = { ...(c.dates ?? {}), ...patch };
    });
  };

  return (
    <div className="tab-content">
      <section aria-labelledby="general-heading">
        <h3 id="general-heading">{t('Avtalen', 'The agreement')}</h3>
        <div className="grid-2">
          <TextField
            label={t('Avtalens tittel', 'Title of the agreement')}
            path="title"
            value={caseInput.title}
            onChange={(v) => {
              update((c) => {
                c.title = v;
              });
            }}
          />
          <TextField
            label={t('Referanse', 'Reference')}
            path="reference"
            value={caseInput.reference}
            onChange={(v) => {
              update((c) => {
                c.reference = orNull(v);
              });
            }}
          />
          <SelectField
            label={t('Avtalens språk', 'Language of the agreement')}
            path="language"
            value={caseInput.language ?? 'nb'}
            options={[
              { value: 'nb', label: 'Bokmål' },
              { value: 'nn', label: 'Nynorsk' },
              { value: 'en', label: 'English' },
            ]}
            onChange={(v) => {
              update((c) => {
                c.language = v;
              });
            }}
          />
          <SelectField
            label={t('Kontrakt eller anbud', 'Contract or tender')}
            path="purpose"
            value={caseInput.purpose ?? 'contract'}
            options={[
              {
                value: 'contract',
                label: t('Kontrakt (avtalen som inngås)', 'Contract (the agreement signed)'),
              },
              {
                value: 'tender',
                label: t('Anbud (konkurransegrunnlag)', 'Tender (tender documents)'),
              },
            ]}
            hint={t(
              'Anbud: sikkerhetskravene sier at tilbud som ikke oppfyller et absolutt krav avvises, og gir de evaluerte kravene vekt. Kontrakt: kravene er leverandørens plikter. Den endelige versjonen lages alltid som kontrakt.',
              'Tender: the security requirements say that a tender failing an absolute requirement is rejected, and weight the evaluated ones. Contract: the requirements are what the supplier must do. The final version is always a contract.',
            )}
            onChange={(v) => {
              update((c) => {
                c.purpose = v;
              });
            }}
          />
        </div>
      </section>

      <PartyFields role="customer" party={caseInput.customer} />
      <PartyFields role="supplier" party={caseInput.supplier} />

      <section aria-labelledby="service-heading">
        <h3 id="service-heading">{t('Tjenesten', 'The service')}</h3>
        <div className="grid-2">
          <TextField
            label={t('Tjenestens navn', 'Name of the service')}
            path="service.name"
            value={service.name}
            onChange={(v) => {
              update((c) => {
                c.service.name = v;
              });
            }}
          />
          <SelectField
            label={t('Skymodell', 'Cloud model')}
            path="service.cloudModel"
            value={service.cloudModel ?? 'saas'}
            options={[
              { value: 'saas', label: 'SaaS' },
              { value: 'paas', label: 'PaaS' },
              { value: 'iaas', label: 'IaaS' },
            ]}
            onChange={(v) => {
              update((c) => {
                c.service.cloudModel = v;
              });
            }}
          />
        </div>
        <TextField
          label={t('Beskrivelse av tjenesten', 'Description of the service')}
          path="service.description"
          multiline
          value={service.description}
          onChange={(v) => {
            update((c) => {
              c.service.description = v;
            });
          }}
        />
        <div className="grid-2">
          <CheckboxField
            label={t(
              'Leverandøren behandler personopplysninger',
              'The supplier processes personal data',
            )}
            path="service.personalData"
            checked={service.personalData ?? false}
            onChange={(v) => {
              update((c) => {
                c.service.personalData = v;
              });
            }}
          />
          <TextField
            label={t('Hvor dataene lagres og behandles', 'Where the data is stored and processed')}
            path="service.dataLocation"
            placeholder={t('For eksempel Norge eller EU/EØS', 'For example Norway or EU/EEA')}
            value={service.dataLocation}
            onChange={(v) => {
              update((c) => {
                c.service.dataLocation = orNull(v);
              });
            }}
          />
        </div>
      </section>

      <section aria-labelledby="dates-heading">
        <h3 id="dates-heading">{t('Datoer og varighet', 'Dates and term')}</h3>
        <div className="grid-3">
          <TextField
            label={t('Signeringsdato', 'Date of signing')}
            path="dates.signed"
            type="date"
            value={dates.signed}
            onChange={(v) => {
              setDates({ signed: orNull(v) });
            }}
          />
          <TextField
            label={t('Oppstartsdato', 'Start date')}
            path="dates.start"
            type="date"
            value={dates.start}
            onChange={(v) => {
              setDates({ start: orNull(v) });
            }}
          />
          <TextField
            label={t('Frist for levering', 'Delivery deadline')}
            path="dates.deliveryDeadline"
            type="date"
            value={dates.deliveryDeadline}
            onChange={(v) => {
              setDates({ deliveryDeadline: orNull(v) });
            }}
          />
          <NumberField
            label={t('Varighet (måneder)', 'Term (months)')}
            path="dates.durationMonths"
            hint={t('Tomt: løper til den sies opp', 'Empty: runs until terminated')}
            value={dates.durationMonths}
            onChange={(v) => {
              setDates({ durationMonths: v });
            }}
          />
          <NumberField
            label={t('Forlengelse (måneder hver)', 'Extension (months each)')}
            path="dates.extension.months"
            hint={t('Tomt: kan ikke forlenges', 'Empty: cannot be extended')}
            value={extension?.months}
            onChange={(v) => {
              setDates({ extension: v === null ? null : { ...extension, months: v } });
            }}
          />
          {extension && (
            <NumberField
              label={t('Høyst antall forlengelser', 'Most extensions allowed')}
              path="dates.extension.maxTimes"
              hint={t('Tomt: ingen grense', 'Empty: no limit')}
              value={extension.maxTimes}
              onChange={(v) => {
                setDates({ extension: { ...extension, maxTimes: v } });
              }}
            />
          )}
        </div>
      </section>
    </div>
  );
}

function PartyFields({ role, party }: { role: Role; party: PartyInput }) {
  const t = useT();
  const update = useCaseStore((s) => s.update);
  const who =
    role === 'customer'
      ? { owner: t('Kundens', "Customer's"), the: t('kunden', 'the customer') }
      : { owner: t('Leverandørens', "Supplier's"), the: t('leverandøren', 'the supplier') };
  const edit = (mutate: (p: PartyInput) => void) => {
    update((c) => {
      mutate(c[role]);
    });
  };
  const address = party.address ?? null;
  const setAddress = (patch: Partial<NonNullable<PartyInput['address']>>) => {
    edit((p) => {
      const next = { street: '', postalCode: '', city: '', ...(p.address ?? {}), ...patch };
      // An address left all empty is no address, not three empty lines.
      p.address = next.street === '' && next.postalCode === '' && next.city === '' ? null : next;
    });
  };
  const rep = party.representative ?? null;
  const setRep = (patch: Partial<PersonInput>) => {
    edit((p) => {
      const next: PersonInput = { name: '', ...(p.representative ?? {}), ...patch };
      const empty = next.name === '' && !next.title && !next.email && !next.phone;
      p.representative = empty ? null : next;
    });
  };
  const base = role;

  return (
    <section aria-labelledby={`${role}-heading`}>
      <h3 id={`${role}-heading`}>
        {role === 'customer' ? t('Kunden', 'Customer') : t('Leverandøren', 'Supplier')}
      </h3>
      <div className="grid-2">
        <TextField
          label={`${who.owner} ${t('navn', 'name')}`}
          path={`${base}.name`}
          value={party.name}
          onChange={(v) => {
            edit((p) => {
              p.name = v;
            });
          }}
        />
        <TextField
          label={`${who.owner} ${t('organisasjonsnummer', 'organisation number')}`}
          path={`${base}.orgNumber`}
          hint={t('Ni siffer, for eksempel 974 760 673', 'Nine digits, for example 974 760 673')}
          value={party.orgNumber}
          onChange={(v) => {
            edit((p) => {
              p.orgNumber = v;
            });
          }}
        />
      </div>
      <div className="grid-3">
        <TextField
          label={`${who.owner} ${t('adresse', 'address')}`}
          path={`${base}.address.street`}
          value={address?.street}
          onChange={(v) => {
            setAddress({ street: v });
          }}
        />
        <TextField
          label={`${who.owner} ${t('postnummer', 'postal code')}`}
          path={`${base}.address.postalCode`}
          value={address?.postalCode}
          onChange={(v) => {
            setAddress({ postalCode: v });
          }}
        />
        <TextField
          label={`${who.owner} ${t('poststed', 'city')}`}
          path={`${base}.address.city`}
          value={address?.city}
          onChange={(v) => {
            setAddress({ city: v });
          }}
        />
      </div>
      <div className="grid-2">
        <TextField
          label={`${who.owner} ${t('representant', 'representative')}`}
          path={`${base}.representative.name`}
          value={rep?.name}
          onChange={(v) => {
            setRep({ name: v });
          }}
        />
        <TextField
          label={`${t('Tittel for', 'Title of')} ${who.owner.toLowerCase()} ${t('representant', 'representative')}`}
          path={`${base}.representative.title`}
          value={rep?.title}
          onChange={(v) => {
            setRep({ title: orNull(v) });
          }}
        />
        <TextField
          label={`${t('E-post til', 'E-mail of')} ${who.owner.toLowerCase()} ${t('representant', 'representative')}`}
          path={`${base}.representative.email`}
          type="email"
          value={rep?.email}
          onChange={(v) => {
            setRep({ email: orNull(v) });
          }}
        />
        <TextField
          label={`${t('Telefon til', 'Phone of')} ${who.owner.toLowerCase()} ${t('representant', 'representative')}`}
          path={`${base}.representative.phone`}
          type="tel"
          value={rep?.phone}
          onChange={(v) => {
            setRep({ phone: orNull(v) });
          }}
        />
      </div>

      <fieldset className="list-fieldset">
        <legend>
          {who.owner} {t('underskrivere', 'signatories')}
        </legend>
        <SectionProblems path={`${base}.signatories`} />
        {party.signatories.map((person, index) => {
          const n = index + 1;
          return (
            <div className="list-row" key={index}>
              <TextField
                label={`${t('Navn på underskriver', 'Name of signatory')} ${n} (${who.the})`}
                path={`${base}.signatories[${index}].name`}
                value={person.name}
                onChange={(v) => {
                  edit((p) => {
                    const s = p.signatories[index];
                    if (s) s.name = v;
                  });
                }}
              />
              <TextField
                label={`${t('Tittel for underskriver', 'Title of signatory')} ${n} (${who.the})`}
                path={`${base}.signatories[${index}].title`}
                value={person.title}
                onChange={(v) => {
                  edit((p) => {
                    const s = p.signatories[index];
                    if (s) s.title = orNull(v);
                  });
                }}
              />
              <button
                type="button"
                className="button-small button-danger"
                onClick={() => {
                  edit((p) => {
                    p.signatories.splice(index, 1);
                  });
                }}
              >
                {t('Fjern underskriver', 'Remove signatory')} {n} ({who.the})
              </button>
            </div>
          );
        })}
        <button
          type="button"
          onClick={() => {
            edit((p) => {
              p.signatories.push({ name: '', title: null });
            });
          }}
        >
          {role === 'customer'
            ? t('Legg til kundens underskriver', "Add a customer's signatory")
            : t('Legg til leverandørens underskriver', "Add a supplier's signatory")}
        </button>
      </fieldset>
    </section>
  );
}
