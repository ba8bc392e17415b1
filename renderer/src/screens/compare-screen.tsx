import { useEffect, useState } from 'react';
import { AGREEMENT_NAMES, type AgreementKind } from '../../../electron/core/case/case-schema';
import { caseDiff, type FieldChange, type FieldValue } from '../../../electron/core/case/case-diff';
import type { VersionSummary } from '../../../electron/shared/library-api';
import { describePath } from '../case/field-labels';
import type { TrackedPart } from '../case/tracked-words';
import { documentChanges, type DocumentChanges } from '../case/version-text-diff';
import { DataTable } from '../components/data-table';
import { SelectField } from '../components/fields';
import { request } from '../request';
import { useAppStore, useT } from '../store/app-store';

interface Comparison {
  fields: FieldChange[];
  documents: DocumentChanges[];
}

type T = (nb: string, en: string) => string;

function shownValue(path: string, value: FieldValue, t: T, lang: 'nb' | 'en'): string {
  if (value === undefined || value === null || value === '') return t('(tomt)', '(empty)');
  if (typeof value === 'boolean') return value ? t('Ja', 'Yes') : t('Nei', 'No');
  if (typeof value === 'number') return value.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO');
  if (path === 'agreement' && value in AGREEMENT_NAMES)
    return AGREEMENT_NAMES[value as AgreementKind];
  return value;
}

/** Text removed and added, marked in words as well as colour for screen readers. */
function Tracked({ parts }: { parts: TrackedPart[] }) {
  const t = useT();
  return (
    <p className="compare-text">
      {parts.map((p, i) =>
        p.kind === 'removed' ? (
          <del key={i}>
            <span className="visually-hidden">{t('[fjernet: ', '[removed: ')}</span>
            {p.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : p.kind === 'added' ? (
          <ins key={i}>
            <span className="visually-hidden">{t('[lagt til: ', '[added: ')}</span>
            {p.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/** One side of a changed answer; an empty side is plain text, not a marked change. */
function ChangedValue(props: { kind: 'removed' | 'added'; value: FieldValue; path: string }) {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const text = shownValue(props.path, props.value, t, uiLang);
  if (props.value === undefined || props.value === null || props.value === '') return text;
  return props.kind === 'removed' ? (
    <del>
      <span className="visually-hidden">{t('fjernet: ', 'removed: ')}</span>
      {text}
    </del>
  ) : (
    <ins>
      <span className="visually-hidden">{t('lagt til: ', 'added: ')}</span>
      {text}
    </ins>
  );
}

async function versionDocuments(caseText: string, messageLang: 'nb' | 'en') {
  const preview = await request('case.preview', { caseText, lang: null, messageLang });
  return preview?.documents ?? null;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** Two versions of a case side by side: the answers that changed, and the text of the documents. */
export function CompareScreen() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const target = useAppStore((s) => s.compare);
  const openMatter = useAppStore((s) => s.openMatter);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [busy, setBusy] = useState(false);
  const caseId = target?.caseId ?? null;

  useEffect(() => {
    if (caseId === null) return;
    void (async () => {
      const history = await request('cases.history', { caseId });
      if (!history) return;
      setVersions(history.versions);
      // Newest first: the latest against the one before it.
      setTo(history.versions[0]?.number ?? null);
      setFrom(history.versions[1]?.number ?? history.versions[0]?.number ?? null);
    })();
  }, [caseId]);

  useEffect(() => {
    if (caseId === null || from === null || to === null) return;
    const active = { current: true };
    setBusy(true);
    void (async () => {
      const [before, after] = await Promise.all([
        request('cases.version', { caseId, number: from }),
        request('cases.version', { caseId, number: to }),
      ]);
      if (!before || !after) {
        setBusy(false);
        return;
      }
      const [beforeDocs, afterDocs] = await Promise.all([
        versionDocuments(before.caseText, uiLang),
        versionDocuments(after.caseText, uiLang),
      ]);
      if (!active.current) return;
      setBusy(false);
      setComparison({
        fields: caseDiff(parse(before.caseText), parse(after.caseText)),
        documents: documentChanges(beforeDocs ?? [], afterDocs ?? []),
      });
    })();
    return () => {
      active.current = false;
    };
  }, [caseId, from, to, uiLang]);

  if (!target) {
    return (
      <section className="screen">
        <h1>{t('Ingen avtale er valgt', 'No agreement is chosen')}</h1>
      </section>
    );
  }

  const options = versions.map((v) => ({
    value: String(v.number),
    label: `${t('Versjon', 'Version')} ${v.number}${v.label ? ` – ${v.label}` : ''}`,
  }));

  return (
    <section className="screen" aria-labelledby="compare-heading" aria-busy={busy}>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          openMatter(target.matterId);
        }}
      >
        {t('← Tilbake til saken', '← Back to the matter')}
      </button>
      <h1 id="compare-heading">
        {t('Sammenlign versjoner', 'Compare versions')}: {target.title}
      </h1>
      {versions.length < 2 ? (
        <p>
          {t(
            'Avtalen har bare én versjon. Lagre en ny versjon for å kunne sammenligne.',
            'The agreement has only one version. Save a new version to compare.',
          )}
        </p>
      ) : (
        <div className="inline-form">
          <SelectField
            label={t('Fra versjon', 'From version')}
            value={String(from ?? '')}
            options={options}
            onChange={(v) => {
              setFrom(Number(v));
            }}
          />
          <SelectField
            label={t('Til versjon', 'To version')}
            value={String(to ?? '')}
            options={options}
            onChange={(v) => {
              setTo(Number(v));
            }}
          />
        </div>
      )}
      {comparison && versions.length >= 2 && (
        <>
          <section className="panel" aria-labelledby="changed-fields-heading">
            <h2 id="changed-fields-heading">{t('Endrede svar', 'Changed answers')}</h2>
            {comparison.fields.length === 0 ? (
              <p className="empty">{t('Ingen svar er endret.', 'No answers changed.')}</p>
            ) : (
              <DataTable
                caption={t('Endrede svar', 'Changed answers')}
                hideCaption
                className="compare-fields"
                rows={comparison.fields}
                rowKey={(change, i) => `${change.path}-${i}`}
                columns={[
                  {
                    header: t('Felt', 'Field'),
                    cell: (change) => describePath(change.path, t),
                    rowHeader: true,
                  },
                  {
                    header: `${t('Før', 'Before')} (${t('versjon', 'version')} ${from})`,
                    cell: (change) => (
                      <ChangedValue kind="removed" value={change.before} path={change.path} />
                    ),
                  },
                  {
                    header: `${t('Etter', 'After')} (${t('versjon', 'version')} ${to})`,
                    cell: (change) => (
                      <ChangedValue kind="added" value={change.after} path={change.path} />
                    ),
                  },
                ]}
              />
            )}
          </section>
          <section className="panel" aria-labelledby="changed-text-heading">
            <h2 id="changed-text-heading">{t('Endringer i teksten', 'Changes in the text')}</h2>
            {comparison.documents.length === 0 ? (
              <p className="empty">{t('Teksten er den samme.', 'The text is the same.')}</p>
            ) : (
              comparison.documents.map((doc) => (
                <section key={doc.id} className="compare-document" aria-label={doc.title}>
                  <h3>{doc.title}</h3>
                  {doc.hunks.map((hunk, i) => (
                    <div key={i} className="compare-hunk">
                      {hunk.context && <p className="muted compare-context">{hunk.context}</p>}
                      <Tracked parts={hunk.parts} />
                    </div>
                  ))}
                </section>
              ))
            )}
          </section>
        </>
      )}
    </section>
  );
}
