import { CaseCheckbox, CaseText } from '../components/case-field';
import { SectionProblems } from '../components/fields';
import { useAppStore, useT } from '../store/app-store';
import { loadedOutline } from '../store/appendix-store';
import { useCaseStore } from '../store/case-store';
import { ExitForm } from './exit-form';

/** The appendix table: each appendix ticked yes or no, with its own text. */
export function AppendicesTab() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const caseInput = useCaseStore((s) => s.caseInput);
  if (!caseInput) return null;
  const appendices = caseInput.appendices ?? {};
  const from = {
    sla: t(
      'tjenestenivået i fanen «Tjenestenivå og pris»',
      'the service level on «Service level and price»',
    ),
    prices: t(
      'pristabellen i fanen «Tjenestenivå og pris»',
      'the price table on «Service level and price»',
    ),
    edits: t('endringene i fanen «Endringer»', 'the changes on «Changes»'),
    exit: t('exitplanen nedenfor', 'the exit plan below'),
    dpa: t(
      'databehandleravtalen i fanen «Databehandleravtale»',
      'the DPA on «Data processing agreement»',
    ),
    security: t(
      'sikkerhetskravene i fanen «Sikkerhetskrav»',
      'the requirements on «Security requirements»',
    ),
  };
  return (
    <div className="tab-content">
      <p className="muted">
        {t(
          'Kryss av for bilagene som er med. Et bilag uten innhold merkes «Nei» i avtalen.',
          'Tick the appendices that are included. An appendix without content is marked «No».',
        )}
      </p>
      <ol className="appendix-list">
        {loadedOutline()[caseInput.agreement].appendices.map(({ key, title, generated }) => {
          const appendix = appendices[key] ?? { included: false, text: null };
          const name = `${t('Bilag', 'Appendix')} ${key} – ${title[uiLang]}`;
          return (
            <li key={key} className={`appendix ${appendix.included ? 'appendix-on' : ''}`}>
              <CaseCheckbox
                path={`appendices.${key}.included`}
                label={name}
                hint={
                  generated
                    ? `${t('Lages også fra', 'Also made from')} ${from[generated]}.`
                    : undefined
                }
              />
              <SectionProblems path={`appendices.${key}`} />
              {generated === 'exit' && <ExitForm />}
              <CaseText
                path={`appendices.${key}.text`}
                multiline
                rows={appendix.included ? 5 : 2}
                empty={null}
                hint={t(
                  'Markdown: avsnitt, lister med - og 1.',
                  'Markdown: paragraphs, lists with - and 1.',
                )}
                write={(c, v) => {
                  c.appendices = {
                    ...(c.appendices ?? {}),
                    [key]: { included: c.appendices?.[key]?.included ?? false, text: v },
                  };
                }}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
