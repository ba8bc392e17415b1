import { useEffect, useRef, useState } from 'react';
import { useAppStore, useT } from '../store/app-store';
import { useCaseStore } from '../store/case-store';
import { formatTime } from '../screens/format';
import { discardDraft, recoverDraft, saveCaseVersion } from './use-case-sync';

const AGREEMENT_NAMES = {
  'ssa-l': 'SSA-L',
  'ssa-sky': 'SSA-Sky',
  'ssa-lille-sky': 'SSA-Lille sky',
};

const ON_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

/**
 * The open case's state (version, unsaved changes, the last draft kept), the save button with
 * Ctrl/Cmd+S, and the offer of a draft left by a crash, which must be answered before editing.
 */
export function SaveBar() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const agreement = useCaseStore((s) => s.caseInput?.agreement);
  const version = useCaseStore((s) => s.version);
  const dirty = useCaseStore((s) => s.dirty);
  const draftSavedAt = useCaseStore((s) => s.draftSavedAt);
  const pendingDraft = useCaseStore((s) => s.pendingDraft);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    const saved = await saveCaseVersion(null);
    setBusy(false);
    if (saved !== null) {
      useAppStore
        .getState()
        .showMessage('info', `${t('Versjon', 'Version')} ${saved} ${t('er lagret.', 'is saved.')}`);
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [saveRef]);

  if (!agreement) return null;
  return (
    <>
      <div className="save-bar">
        <p className="muted editor-status" aria-live="polite">
          {AGREEMENT_NAMES[agreement]} · {t('versjon', 'version')} {version ?? '–'}
          {dirty ? ` · ${t('ulagrede endringer', 'unsaved changes')}` : ''}
          {draftSavedAt
            ? ` · ${t('utkast lagret', 'draft kept')} ${formatTime(draftSavedAt, uiLang)}`
            : ''}
        </p>
        <button
          type="button"
          className={dirty ? 'button-primary' : undefined}
          aria-keyshortcuts={ON_MAC ? 'Meta+S' : 'Control+S'}
          disabled={busy || pendingDraft !== null}
          onClick={() => {
            void save();
          }}
        >
          {t('Lagre', 'Save')} <kbd>{ON_MAC ? '⌘S' : 'Ctrl+S'}</kbd>
        </button>
      </div>
      {pendingDraft && (
        <div className="banner" role="alert">
          <p>
            {t(
              'Det finnes et ulagret utkast av denne avtalen fra',
              'There is an unsaved draft of this agreement from',
            )}{' '}
            {formatTime(pendingDraft.savedAt, uiLang)}.{' '}
            {t(
              'Velg om du vil gjenopprette eller forkaste det før du endrer avtalen.',
              'Choose whether to recover or discard it before you change the agreement.',
            )}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                if (!recoverDraft()) {
                  useAppStore
                    .getState()
                    .showMessage(
                      'error',
                      t('Utkastet kan ikke leses.', 'The draft cannot be read.'),
                    );
                }
              }}
            >
              {t('Gjenopprett utkast', 'Recover the draft')}
            </button>
            <button
              type="button"
              onClick={() => {
                void discardDraft();
              }}
            >
              {t('Forkast utkast', 'Discard the draft')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
