import type { CaseInput } from '../../../electron/core/case/case-schema';
import { setValueAt } from '../case/case-path';
import {
  CaseCheckbox,
  CaseDate,
  CaseNumber,
  CaseSelect,
  CaseText,
  useCaseList,
  useFieldLabels,
} from '../components/case-field';
import { DataTable } from '../components/data-table';
import { useT } from '../store/app-store';
import { useCaseStore } from '../store/case-store';

type PartyInput = CaseInput['customer'];
type PersonInput = PartyInput['signatories'][number];
type Role = 'customer' | 'supplier';

/** Title, reference, language, contract or tender, both parties, the service and the dates. */
export function PartiesTab() {
  const t = useT();
  const open = useCaseStore((s) => s.caseInput !== null);
  const canExtend = useCaseStore((s) => (s.caseInput?.dates?.extension ?? null) !== null);
  if (!open) return null;

  return (
    <div className="tab-content">
      <section aria-labelledby="general-heading">
        <h3 id="general-heading">{t('Avtalen', 'The agreement')}</h3>
        <div className="grid-2">
          <CaseText path="title" />
          <CaseText path="reference" empty={null} />
          <CaseSelect
            path="language"
            fallback="nb"
            options={[
              { value: 'nb', label: 'Bokmål' },
              { value: 'nn', label: 'Nynorsk' },
              { value: 'en', label: 'English' },
            ]}
          />
          <CaseSelect
            path="purpose"
            fallback="contract"
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
          />
        </div>
      </section>

      <PartyFields role="customer" />
      <PartyFields role="supplier" />

      <section aria-labelledby="service-heading">
        <h3 id="service-heading">{t('Tjenesten', 'The service')}</h3>
        <div className="grid-2">
          <CaseText path="service.name" />
          <CaseSelect
            path="service.cloudModel"
            fallback="saas"
            options={[
              { value: 'saas', label: 'SaaS' },
              { value: 'paas', label: 'PaaS' },
              { value: 'iaas', label: 'IaaS' },
            ]}
          />
        </div>
        <CaseText path="service.description" multiline />
        <div className="grid-2">
          <CaseCheckbox path="service.personalData" />
          <CaseText
            path="service.dataLocation"
            empty={null}
            placeholder={t('For eksempel Norge eller EU/EØS', 'For example Norway or EU/EEA')}
          />
        </div>
      </section>

      <section aria-labelledby="dates-heading">
        <h3 id="dates-heading">{t('Datoer og varighet', 'Dates and term')}</h3>
        <div className="grid-3">
          <CaseDate path="dates.signed" />
          <CaseDate path="dates.start" />
          <CaseDate path="dates.deliveryDeadline" />
          <CaseNumber
            path="dates.durationMonths"
            empty={null}
            hint={t('Tomt: løper til den sies opp', 'Empty: runs until terminated')}
          />
          <CaseNumber
            path="dates.extension.months"
            empty={null}
            hint={t('Tomt: kan ikke forlenges', 'Empty: cannot be extended')}
            write={(c, months) => {
              const dates = (c.dates ??= {});
              dates.extension =
                months === null ? null : { maxTimes: null, ...dates.extension, months };
            }}
          />
          {canExtend && (
            <CaseNumber
              path="dates.extension.maxTimes"
              empty={null}
              hint={t('Tomt: ingen grense', 'Empty: no limit')}
            />
          )}
        </div>
      </section>
    </div>
  );
}

// An address or a representative left all empty is none, not a row of empty lines.
const emptyAddress = { street: '', postalCode: '', city: '' };
const isEmpty = (value: Record<string, unknown>) =>
  Object.values(value).every((v) => v === '' || v === null || v === undefined);

/** Writes one line of a party's address or representative, which is null while all empty. */
function partWrite(role: Role, part: 'address' | 'representative', field: string) {
  return (c: CaseInput, value: string | null) => {
    const next = {
      ...(part === 'address' ? emptyAddress : { name: '' }),
      ...(c[role][part] ?? {}),
      [field]: value,
    };
    setValueAt(c, `${role}.${part}`, isEmpty(next) ? null : next);
  };
}

function PartyFields({ role }: { role: Role }) {
  const t = useT();
  const label = useFieldLabels();
  const the = role === 'customer' ? t('kunden', 'the customer') : t('leverandøren', 'the supplier');
  const signatories = useCaseList<PersonInput>(`${role}.signatories`, () => ({
    name: '',
    title: null,
  }));
  const line = (part: 'address' | 'representative', field: string, empty: '' | null) => ({
    path: `${role}.${part}.${field}`,
    write: partWrite(role, part, field),
    empty,
  });

  return (
    <section aria-labelledby={`${role}-heading`}>
      <h3 id={`${role}-heading`}>
        {role === 'customer' ? t('Kunden', 'Customer') : t('Leverandøren', 'Supplier')}
      </h3>
      <div className="grid-2">
        <CaseText path={`${role}.name`} />
        <CaseText
          path={`${role}.orgNumber`}
          hint={t('Ni siffer, for eksempel 974 760 673', 'Nine digits, for example 974 760 673')}
        />
      </div>
      <div className="grid-3">
        <CaseText {...line('address', 'street', '')} />
        <CaseText {...line('address', 'postalCode', '')} />
        <CaseText {...line('address', 'city', '')} />
      </div>
      <div className="grid-2">
        <CaseText {...line('representative', 'name', '')} />
        <CaseText {...line('representative', 'title', null)} />
        <CaseText {...line('representative', 'email', null)} type="email" />
        <CaseText {...line('representative', 'phone', null)} type="tel" />
      </div>
      <DataTable
        caption={label(`${role}.signatories`)}
        path={`${role}.signatories`}
        empty={t('Ingen underskrivere.', 'No signatories.')}
        columns={[
          {
            header: t('Navn', 'Name'),
            cell: (_, i) => <CaseText path={`${role}.signatories[${i}].name`} hideLabel />,
          },
          {
            header: t('Tittel', 'Title'),
            cell: (_, i) => (
              <CaseText path={`${role}.signatories[${i}].title`} empty={null} hideLabel />
            ),
          },
        ]}
        rows={signatories.rows}
        editing={{
          addLabel:
            role === 'customer'
              ? t('Legg til kundens underskriver', "Add a customer's signatory")
              : t('Legg til leverandørens underskriver', "Add a supplier's signatory"),
          onAdd: signatories.add,
          removeLabel: (i) => `${t('Fjern underskriver', 'Remove signatory')} ${i + 1} (${the})`,
          onRemove: signatories.remove,
        }}
      />
    </section>
  );
}
