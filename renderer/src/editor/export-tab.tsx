import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ProcedureOutput } from '../../../electron/shared/api';
import { api, desktop } from '../api';
import { downloadBase64 } from './download';
import { parseCaseText } from '../case/new-case';
import { DataTable } from '../components/data-table';
import { CheckboxField, SelectField, TextField } from '../components/fields';
import { request } from '../request';
import { formatTime } from '../screens/format';
import { useAppStore, useT } from '../store/app-store';
import { caseText, useCaseStore } from '../store/case-store';
import { saveCaseVersion } from './use-case-sync';
import { useProblemGroups } from './use-problem-groups';

type ExportResult = ProcedureOutput<'case.export'>;
type History = ProcedureOutput<'cases.history'>;

/** Saves the open case as a new library version if it has unsaved changes; its number. */
async function saveIfDirty(label: string | null): Promise<number | null> {
  const state = useCaseStore.getState();
  if (!state.caseInput || state.caseId === null) return null;
  if (!state.dirty && state.version !== null) return state.version;
  return saveCaseVersion(label);
}

/** Export to DOCX/PDF, and the case's version history. */
export function ExportTab() {
  const [history, setHistory] = useState<History | null>(null);
  const caseId = useCaseStore((s) => s.caseId);
  const reloadHistory = useCallback(async () => {
    if (caseId === null) return;
    const found = await request('cases.history', { caseId });
    if (found) setHistory(found);
  }, [caseId]);
  useEffect(() => {
    void reloadHistory();
  }, [reloadHistory]);
  return (
    <div className="tab-content">
      <ExportSection onExported={reloadHistory} />
      <VersionsSection history={history} reload={reloadHistory} />
    </div>
  );
}

function ExportSection({ onExported }: { onExported: () => Promise<void> }) {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const caseLang = useCaseStore((s) => s.caseInput?.language ?? 'nb');
  const tender = useCaseStore((s) => s.caseInput?.purpose === 'tender');
  // Counted by field, as the problem summary counts them, so the two never disagree.
  const fieldsToFix = useProblemGroups().filter((g) => g.severity === 'error').length;
  const [docx, setDocx] = useState(true);
  const [pdf, setPdf] = useState(true);
  const [lang, setLang] = useState<'nb' | 'nn' | 'en'>(caseLang);
  const [final, setFinal] = useState(false);
  const [guidance, setGuidance] = useState(false);
  const [attachCase, setAttachCase] = useState(false);
  const [outDir, setOutDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  // A set already in the folder: what is there, until the user answers whether to replace it.
  const [inTheWay, setInTheWay] = useState<ApiError | null>(null);

  const run = async (overwrite = false) => {
    const formats = [...(docx ? (['docx'] as const) : []), ...(pdf ? (['pdf'] as const) : [])];
    if (formats.length === 0) {
      setFormProblem(t('Velg minst ett format.', 'Choose at least one format.'));
      return;
    }
    if (outDir.trim() === '') {
      setFormProblem(
        t('Skriv inn mappen filene skal lagres i.', 'Type the folder to write the files to.'),
      );
      return;
    }
    setFormProblem(null);
    setInTheWay(null);
    setBusy(true);
    setResult(null);
    try {
      // An export records the version it came from, so unsaved changes are saved first.
      const version = await saveIfDirty(null);
      const { caseInput, caseId } = useCaseStore.getState();
      if (version === null || !caseInput) return;
      const exported = await api['case.export']({
        caseText: caseText(caseInput),
        formats,
        lang,
        guidance: guidance && !final,
        final,
        attachCase,
        caseId,
        caseVersion: version,
        outDir: outDir.trim(),
        overwrite,
        messageLang: uiLang,
      });
      if (exported.ok) {
        setResult(exported.value);
        await onExported();
      } else if (exported.error.code === 'export.exists') {
        setInTheWay(exported.error);
      } else {
        useAppStore.getState().showError(exported.error);
      }
    } finally {
      setBusy(false);
    }
  };

  // Web mode writes nothing on the server: the pack comes to the browser as a download.
  const downloadPack = async () => {
    const formats = [...(docx ? (['docx'] as const) : []), ...(pdf ? (['pdf'] as const) : [])];
    if (formats.length === 0) {
      setFormProblem(t('Velg minst ett format.', 'Choose at least one format.'));
      return;
    }
    setFormProblem(null);
    setBusy(true);
    try {
      const version = await saveIfDirty(null);
      const { caseInput, caseId } = useCaseStore.getState();
      if (version === null || !caseInput) return;
      const pack = await request('case.packDownload', {
        caseText: caseText(caseInput),
        formats,
        lang,
        guidance: guidance && !final,
        final,
        caseId,
        caseVersion: version,
        messageLang: uiLang,
      });
      if (pack) {
        downloadBase64(pack.name, pack.base64, 'application/zip');
        setDownloaded(pack.name);
        await onExported();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="export-heading" aria-busy={busy}>
      <h3 id="export-heading">{t('Lag dokumentene', 'Make the documents')}</h3>
      <fieldset className="inline-fieldset">
        <legend>{t('Formater', 'Formats')}</legend>
        <CheckboxField label="DOCX (Word)" checked={docx} onChange={setDocx} />
        <CheckboxField label="PDF" checked={pdf} onChange={setPdf} />
      </fieldset>
      <div className="grid-2">
        <SelectField
          label={t('Språk i dokumentene', 'Language of the documents')}
          value={lang}
          options={[
            { value: 'nb', label: 'Bokmål' },
            { value: 'nn', label: 'Nynorsk' },
            { value: 'en', label: 'English' },
          ]}
          onChange={setLang}
        />
        <SelectField
          label={t('Status', 'Status')}
          value={final ? 'final' : 'draft'}
          options={[
            { value: 'draft', label: t('Utkast', 'Draft') },
            {
              value: 'final',
              label: t('Endelig versjon for signering', 'Final version for signing'),
            },
          ]}
          onChange={(v) => {
            setFinal(v === 'final');
          }}
        />
      </div>
      {final && tender && (
        <p className="muted">
          {t(
            'Saken er et anbud, men den endelige versjonen lages som kontrakt: uten vekter og avvisning.',
            'The case is a tender, but the final version is made as a contract: without weights or rejection.',
          )}
        </p>
      )}
      {!final && (
        <CheckboxField
          label={t('Ta med veiledning for utfylling', 'Keep the guidance for filling in')}
          checked={guidance}
          onChange={setGuidance}
        />
      )}
      <CheckboxField
        label={t(
          'Legg saksfilen ved i PDF-ene (bare for interne utkast: den har interne notater, vekter og tekst i bilag merket «Nei»)',
          'Attach the case file to the PDFs (internal drafts only: it holds internal notes, weights and the text of appendices marked «No»)',
        )}
        checked={attachCase}
        onChange={setAttachCase}
      />
      <div className="inline-form">
        <TextField
          label={t('Mappe for filene', 'Folder for the files')}
          value={outDir}
          placeholder={t(
            'For eksempel /home/kari/Avtaler/byggesak',
            'For example /home/kari/Agreements',
          )}
          onChange={setOutDir}
        />
        {desktop && (
          <button
            type="button"
            onClick={() => {
              void (async () => {
                const folder = await desktop?.chooseFolder();
                if (folder) setOutDir(folder);
              })();
            }}
          >
            {t('Velg mappe …', 'Choose folder …')}
          </button>
        )}
      </div>
      {formProblem && (
        <p className="problem problem-error" role="alert">
          {formProblem}
        </p>
      )}
      {fieldsToFix > 0 && (
        <p className="notice">
          {t(
            `${fieldsToFix} felt mangler svar eller må rettes før avtalen kan eksporteres.`,
            `${fieldsToFix} ${fieldsToFix === 1 ? 'field needs' : 'fields need'} an answer or a correction before the agreement can be exported.`,
          )}
        </p>
      )}
      <button
        type="button"
        className="button-primary"
        disabled={busy}
        onClick={() => {
          void run();
        }}
      >
        {t('Eksporter', 'Export')}
      </button>
      {inTheWay && (
        <div className="notice" role="alertdialog" aria-labelledby="replace-question">
          <p id="replace-question">
            {inTheWay.message}. {t('Erstatte settet i mappen?', 'Replace the set in the folder?')}
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              void run(true);
            }}
          >
            {t('Erstatt', 'Replace')}
          </button>
          <button
            type="button"
            onClick={() => {
              setInTheWay(null);
            }}
          >
            {t('Avbryt', 'Cancel')}
          </button>
        </div>
      )}
      {!desktop && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            void downloadPack();
          }}
        >
          {t('Last ned pakken (zip)', 'Download the pack (zip)')}
        </button>
      )}
      <div role="status" aria-live="polite" className="export-status">
        {downloaded && (
          <p>
            {t('Lastet ned:', 'Downloaded:')} {downloaded}
          </p>
        )}
        {busy && (
          <p className="busy">
            <span className="spinner" aria-hidden="true" />
            {t('Eksporterer …', 'Exporting …')}
          </p>
        )}
        {result && (
          <>
            <p>
              {t('Ferdig:', 'Done:')} {result.files.length} {t('filer skrevet.', 'files written.')}
            </p>
            <DataTable
              caption={t('Filene som ble skrevet', 'The files written')}
              hideCaption
              className="files"
              rows={result.files}
              rowKey={(f) => f.path}
              columns={[
                { header: t('Fil', 'File'), cell: (f) => f.path, className: 'path' },
                { header: t('Format', 'Format'), cell: (f) => f.format.toUpperCase() },
                {
                  header: t('Størrelse', 'Size'),
                  cell: (f) => `${(f.size / 1024).toFixed(1)} KiB`,
                },
                { header: 'SHA-256', cell: (f) => <code className="hash">{f.sha256}</code> },
              ]}
            />
            {result.warnings.length > 0 && (
              <ul className="warnings">
                {result.warnings.map((w) => (
                  <li key={`${w.path}-${w.code}`} className="problem-warning">
                    {w.path}: {w.message}
                  </li>
                ))}
              </ul>
            )}
            {desktop && (
              <button
                type="button"
                onClick={() => {
                  void desktop?.showFolder(outDir.trim());
                }}
              >
                {t('Vis i mappen', 'Show in folder')}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function VersionsSection({
  history,
  reload,
}: {
  history: History | null;
  reload: () => Promise<void>;
}) {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const caseId = useCaseStore((s) => s.caseId);
  const current = useCaseStore((s) => s.version);
  const dirty = useCaseStore((s) => s.dirty);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const saved = await saveCaseVersion(label.trim() || null);
    setBusy(false);
    if (saved === null) return;
    setLabel('');
    useAppStore
      .getState()
      .showMessage('info', `${t('Versjon', 'Version')} ${saved} ${t('er lagret.', 'is saved.')}`);
    await reload();
  };

  const restore = async (number: number) => {
    if (caseId === null) return;
    setBusy(true);
    // Unsaved work becomes a version of its own first, so restoring never loses anything.
    if (useCaseStore.getState().dirty) {
      await saveIfDirty(t('Før gjenoppretting', 'Before restoring'));
    }
    const restored = await request('cases.restore', { caseId, number });
    const latest = restored ? await request('cases.version', { caseId, number: null }) : null;
    setBusy(false);
    if (!latest) return;
    const caseInput = parseCaseText(latest.caseText);
    if (caseInput) {
      useCaseStore.getState().replace(caseInput, false);
      useCaseStore.getState().markSaved(latest.number, useCaseStore.getState().revision);
      useAppStore
        .getState()
        .showMessage(
          'info',
          `${t('Versjon', 'Version')} ${number} ${t('er gjenopprettet som versjon', 'is restored as version')} ${latest.number}.`,
        );
    }
    await reload();
  };

  return (
    <section aria-labelledby="versions-heading" aria-busy={busy}>
      <h3 id="versions-heading">{t('Versjoner', 'Versions')}</h3>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField
          label={t('Merke for versjonen (valgfritt)', 'Label for the version (optional)')}
          value={label}
          onChange={setLabel}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {t('Lagre versjon', 'Save version')}
        </button>
      </form>
      {dirty && (
        <p className="muted">{t('Du har ulagrede endringer.', 'You have unsaved changes.')}</p>
      )}
      {history && (
        <DataTable
          caption={t('Lagrede versjoner', 'Saved versions')}
          hideCaption
          className="versions"
          rows={history.versions}
          rowKey={(v) => v.id}
          rowClassName={(v) => (v.number === current ? 'current' : undefined)}
          columns={[
            {
              header: t('Versjon', 'Version'),
              cell: (v) => `${v.number}${v.number === current ? ` (${t('åpen', 'open')})` : ''}`,
            },
            {
              header: t('Merke', 'Label'),
              cell: (v) => (
                <>
                  {v.label ?? ''}
                  {v.restoredFrom !== null && (
                    <span className="muted">
                      {' '}
                      ({t('gjenopprettet fra', 'restored from')} {v.restoredFrom})
                    </span>
                  )}
                </>
              ),
            },
            { header: t('Lagret', 'Saved'), cell: (v) => formatTime(v.createdAt, uiLang) },
            { header: t('Av', 'By'), cell: (v) => v.author },
            {
              header: t('Eksportert', 'Exported'),
              cell: (v) => {
                const exports = history.exports.filter((e) => e.versionNumber === v.number);
                return exports.length === 0 ? '–' : <ExportSummary exports={exports} />;
              },
            },
            {
              header: <span className="visually-hidden">{t('Handlinger', 'Actions')}</span>,
              cell: (v) =>
                v.number !== current && (
                  <button
                    type="button"
                    className="button-small"
                    disabled={busy}
                    aria-label={`${t('Gjenopprett versjon', 'Restore version')} ${v.number}`}
                    onClick={() => {
                      void restore(v.number);
                    }}
                  >
                    {t('Gjenopprett', 'Restore')}
                  </button>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}

function ExportSummary({ exports }: { exports: History['exports'] }) {
  const t = useT();
  const finals = exports.filter((e) => e.status === 'final').length;
  const drafts = exports.length - finals;
  return (
    <>
      {drafts > 0 && (
        <span className="tag">
          {drafts} {t('utkast', drafts === 1 ? 'draft' : 'drafts')}
        </span>
      )}
      {finals > 0 && (
        <span className="tag">
          {finals} {t('endelige', 'final')}
        </span>
      )}
    </>
  );
}
