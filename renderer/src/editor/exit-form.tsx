import type { CaseInput } from '../../../electron/core/case/case-schema';
import { tickAppendixFor } from '../../../electron/core/contract-set/appendix-outline';
import { loadedOutline } from '../store/appendix-store';
import {
  CaseCheckbox,
  CaseLines,
  CaseNumber,
  CaseSelect,
  CaseText,
  useFieldLabels,
} from '../components/case-field';
import { CheckboxField, CheckboxGroupField } from '../components/fields';
import { useT } from '../store/app-store';
import { useCaseStore } from '../store/case-store';

type Exit = NonNullable<CaseInput['exit']>;
type Trigger = Exit['triggers'][number];
type Costs = NonNullable<Exit['costs']>;

// EXIT_TRIGGERS of case-schema.ts (the renderer may import only types); the Record type makes
// the compiler report a trigger added there and missing here.
const TRIGGERS: Record<Trigger, { nb: string; en: string }> = {
  termination: {
    nb: 'Avtalen sies opp eller utløper',
    en: 'The agreement is terminated or expires',
  },
  'supplier-bankruptcy': {
    nb: 'Leverandøren går konkurs eller innstiller driften',
    en: 'The supplier becomes insolvent or ceases operations',
  },
  'end-of-life': {
    nb: 'Tjenesten legges ned (end of life)',
    en: 'The service reaches end of life',
  },
  'new-competition': {
    nb: 'Ny konkurranse om tjenesten',
    en: 'The service is put out to tender again',
  },
  'changed-needs': { nb: 'Kundens behov endres', en: "The customer's needs change" },
  'change-of-ownership': { nb: 'Leverandøren får nye eiere', en: 'The supplier changes owner' },
  'changed-terms': {
    nb: 'Vesentlige endringer i standardvilkårene',
    en: 'Material changes to the standard terms',
  },
};

/** A starting exit plan along DFØ's exit guidance; the user adjusts it. */
export function defaultExit(): Exit {
  return {
    triggers: ['termination'],
    dataFormats: ['CSV', 'JSON'],
    destination: null,
    localCopy: false,
    handoverDays: 30,
    assistanceDays: 90,
    deletionDays: 30,
    costs: 'hourly-rates',
  };
}

/** The exit plan (SSA-Sky appendix 12): how the customer leaves the service with its data. */
export function ExitForm() {
  const t = useT();
  const label = useFieldLabels();
  const exit = useCaseStore((s) => s.caseInput?.exit ?? null);
  const update = useCaseStore((s) => s.update);
  const days = (field: 'handoverDays' | 'assistanceDays' | 'deletionDays', fallback: number) => (
    <CaseNumber path={`exit.${field}`} fallback={fallback} />
  );

  return (
    <div className="exit-plan">
      <CheckboxField
        label={label('exit')}
        path="exit"
        hint={t(
          'Exitplanen fyller bilaget: hva som utløser exit, og hvordan dataene leveres tilbake og slettes.',
          'The exit plan fills the appendix: what triggers an exit, and how the data is handed back and deleted.',
        )}
        checked={exit !== null}
        onChange={(on) => {
          update((c) => {
            c.exit = on ? defaultExit() : null;
            if (on) tickAppendixFor(loadedOutline(), c, 'exit');
          });
        }}
      />
      {exit && (
        <>
          <CheckboxGroupField
            label={label('exit.triggers')}
            path="exit.triggers"
            hint={t('Minst én', 'At least one')}
            values={exit.triggers}
            options={Object.entries(TRIGGERS).map(([value, label]) => ({
              value: value as Trigger,
              label: t(label.nb, label.en),
            }))}
            onChange={(v) => {
              update((c) => {
                if (c.exit) c.exit.triggers = v;
              });
            }}
          />
          <div className="grid-2">
            <CaseLines
              path="exit.dataFormats"
              hint={t(
                'Åpne formater, for eksempel CSV, JSON, PDF/A',
                'Open formats such as CSV, JSON, PDF/A',
              )}
            />
            <CaseText
              path="exit.destination"
              multiline
              rows={3}
              empty={null}
              hint={t(
                'For eksempel: fra leverandørens skytjeneste til kundens nye løsning',
                "For example: from the supplier's cloud service to the customer's new solution",
              )}
            />
          </div>
          <CaseCheckbox path="exit.localCopy" />
          <div className="grid-3">
            {days('handoverDays', 30)}
            {days('assistanceDays', 90)}
            {days('deletionDays', 30)}
          </div>
          <CaseSelect<Costs>
            path="exit.costs"
            fallback="hourly-rates"
            options={[
              {
                value: 'included',
                label: t('Inkludert i avtalt pris', 'Included in the agreed price'),
              },
              {
                value: 'hourly-rates',
                label: t('Etter avtalte timepriser', 'At the agreed hourly rates'),
              },
              {
                value: 'fixed-price',
                label: t(
                  'Fastpris etter bilag om pris',
                  'Fixed price as set out in the price appendix',
                ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
