import { useState } from 'react';
import {
  AGREEMENT_KINDS,
  AGREEMENT_NAMES,
  type AgreementKind,
} from '../../../electron/core/case/case-schema';
import type { ProcedureOutput } from '../../../electron/shared/api';
import { describePath } from '../case/field-labels';
import { parseCaseText } from '../case/new-case';
import { SelectField } from '../components/fields';
import { request } from '../request';
import { useAppStore, useT } from '../store/app-store';
import { caseText, useCaseStore } from '../store/case-store';

type Changed = ProcedureOutput<'case.changeAgreement'> & { agreement: AgreementKind };

/**
 * The agreement type, changeable after the case is made: what the other agreement cannot carry
 * over is listed before the user confirms, and the change is then an unsaved edit like any other.
 * Beside it, a copy of the case as it stands, unsaved changes included.
 */
export function AgreementTypePanel() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const current = useCaseStore((s) => s.caseInput?.agreement ?? null);
  const title = useCaseStore((s) => s.caseInput?.title ?? '');
  const others = AGREEMENT_KINDS.filter((kind) => kind !== current);
  const [chosen, setChosen] = useState<AgreementKind | null>(null);
  const [changed, setChanged] = useState<Changed | null>(null);
  const [busy, setBusy] = useState(false);
  if (!current) return null;
  const target = chosen && chosen !== current ? chosen : (others[0] ?? current);

  const preview = async () => {
    const { caseInput } = useCaseStore.getState();
    if (!caseInput) return;
    setBusy(true);
    const answer = await request('case.changeAgreement', {
      caseText: caseText(caseInput),
      agreement: target,
      lang: uiLang,
    });
    setBusy(false);
    if (answer) setChanged({ ...answer, agreement: target });
  };

  const confirm = () => {
    if (!changed) return;
    const next = parseCaseText(changed.caseText);
    if (!next) return;
    useCaseStore.getState().replace(next, true);
    setChanged(null);
    setChosen(null);
    useAppStore
      .getState()
      .showMessage(
        'info',
        `${t('Avtaletypen er nå', 'The agreement type is now')} ${AGREEMENT_NAMES[changed.agreement]}. ${t('Lagre for å gjøre endringen til en ny versjon.', 'Save to make the change a new version.')}`,
      );
  };

  const duplicate = async () => {
    const { caseInput, caseId } = useCaseStore.getState();
    if (!caseInput || caseId === null) return;
    setBusy(true);
    const copy = await request('cases.duplicate', {
      caseId,
      caseText: caseText(caseInput),
      title: `${t('Kopi av', 'Copy of')} ${title}`,
    });
    setBusy(false);
    if (copy) {
      useAppStore
        .getState()
        .showMessage('info', `${t('Kopien er laget:', 'The copy is made:')} ${copy.case.title}`);
    }
  };

  return (
    <section className="agreement-type" aria-labelledby="agreement-type-heading" aria-busy={busy}>
      <h3 id="agreement-type-heading">
        {t('Avtaletype', 'Agreement type')}: {AGREEMENT_NAMES[current]}
      </h3>
      <div className="inline-form">
        <SelectField
          label={t('Bytt til', 'Change to')}
          value={target}
          options={others.map((kind) => ({ value: kind, label: AGREEMENT_NAMES[kind] }))}
          onChange={(kind) => {
            setChosen(kind);
            setChanged(null);
          }}
        />
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            void preview();
          }}
        >
          {t('Vis hva som endres', 'Show what changes')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            void duplicate();
          }}
        >
          {t('Dupliser avtalen', 'Duplicate the agreement')}
        </button>
      </div>
      {changed && (
        <div className="panel" role="region" aria-labelledby="agreement-change-heading">
          <h4 id="agreement-change-heading">
            {t('Bytte til', 'Changing to')} {AGREEMENT_NAMES[changed.agreement]}
          </h4>
          {changed.leftOut.length === 0 ? (
            <p>{t('Alt i avtalen føres over.', 'Everything in the agreement is carried over.')}</p>
          ) : (
            <>
              <p>
                {t(
                  'Dette føres ikke over (lagre en versjon først om du vil ta vare på det):',
                  'This is not carried over (save a version first to keep it):',
                )}
              </p>
              <ul className="left-out">
                {changed.leftOut.map((item) => (
                  <li key={item.path}>
                    <strong>{describePath(item.path, t)}</strong>: {item.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="button-row">
            <button type="button" className="button-primary" onClick={confirm}>
              {t('Bytt til', 'Change to')} {AGREEMENT_NAMES[changed.agreement]}
            </button>
            <button
              type="button"
              onClick={() => {
                setChanged(null);
              }}
            >
              {t('Avbryt', 'Cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
