import type { CaseInput } from '../../../electron/core/case/case-schema';
import { tickAppendixFor } from '../../../electron/core/contract-set/appendix-outline';
import { clauseTexts } from '../../../electron/core/assembly/clause-texts';
import { trackedWords } from '../case/tracked-words';
import { withoutPlaceholders } from '../../../electron/core/preview/placeholders';
import { CaseSelect, CaseText } from '../components/case-field';
import { SectionProblems } from '../components/fields';
import { useT } from '../store/app-store';
import { loadedOutline } from '../store/appendix-store';
import { useCaseStore } from '../store/case-store';

type Edit = NonNullable<CaseInput['edits']>[number];

/** Changes to the general text (appendix 7 in SSA-L), each shown against the standard text. */
export function EditsTab() {
  const t = useT();
  const caseInput = useCaseStore((s) => s.caseInput);
  const documents = useCaseStore((s) => s.lastGoodDocuments);
  const stale = useCaseStore((s) => s.previewDocuments.length === 0);
  const update = useCaseStore((s) => s.update);
  if (!caseInput) return null;
  const edits = caseInput.edits ?? [];
  // Edits point into the general text: the numbered clauses of the agreement document, with
  // the standard text appendix 7 quotes for each.
  const clauses = clauseTexts(documents.find((d) => d.id === 'agreement')?.blocks ?? []);
  const headings = [...clauses].map(([id, clause]) => ({ id, ...clause }));
  const appendix = loadedOutline()[caseInput.agreement].editsAppendix ?? '';
  const standardText = (clause: string) => {
    const text = clauses.get(clause)?.text;
    return text === undefined ? null : withoutPlaceholders(text);
  };
  // A replacement starts from the standard text, so changing one word is one word.
  const setEdit = (c: CaseInput, index: number, mutate: (e: Edit) => void) => {
    const row = c.edits?.[index];
    if (!row) return;
    mutate(row);
    if (row.action === 'replace' && !row.text) row.text = standardText(row.clause);
  };

  return (
    <div className="tab-content">
      <p className="muted">
        {t(
          `Endringer i den generelle avtaleteksten føres i bilag ${appendix}. Velg punktet som endres; standardteksten vises ved siden av den nye.`,
          `Changes to the general terms are listed in appendix ${appendix}. Pick the clause; the standard text is shown next to the new one.`,
        )}
      </p>
      {headings.length === 0 && (
        <p className="notice">
          {t(
            'Punktene i avtaleteksten vises når avtalen kan settes sammen (rett feilene først). Du kan også skrive punkt-ID-en selv.',
            'The clauses appear once the agreement can be assembled (fix the errors first). You can also type the clause ID.',
          )}
        </p>
      )}
      {stale && headings.length > 0 && (
        <p className="muted">
          {t(
            'Punktlisten er fra siste gyldige forhåndsvisning.',
            'The clause list is from the last valid preview.',
          )}
        </p>
      )}
      <SectionProblems path="edits" />
      <ol className="edit-list">
        {edits.map((edit, index) => {
          const n = index + 1;
          const at = `edits[${index}]`;
          const heading = headings.find((h) => h.id === edit.clause);
          const before = edit.action === 'add' ? '' : (clauses.get(edit.clause)?.text ?? '');
          const after = edit.action === 'delete' ? '' : (edit.text ?? '');
          return (
            <li key={index} className="edit">
              <h3>
                {t('Endring', 'Change')} {n}
                {heading ? ` – ${heading.number} ${heading.title}` : ''}
              </h3>
              <SectionProblems path={at} />
              <div className="grid-2">
                {headings.length > 0 ? (
                  <CaseSelect
                    path={`${at}.clause`}
                    fallback=""
                    options={[
                      { value: '', label: t('– velg punkt –', '– choose a clause –') },
                      // A clause typed earlier that the text no longer has stays visible.
                      ...(edit.clause !== '' && !heading
                        ? [{ value: edit.clause, label: edit.clause }]
                        : []),
                      ...headings.map((h) => ({
                        value: h.id,
                        label: `${h.number} ${h.title} (${h.id})`,
                      })),
                    ]}
                    write={(c, v) => {
                      setEdit(c, index, (e) => {
                        e.clause = v;
                      });
                    }}
                  />
                ) : (
                  <CaseText path={`${at}.clause`} normalize={(v) => v.trim()} />
                )}
                <CaseSelect<Edit['action']>
                  path={`${at}.action`}
                  fallback="replace"
                  options={[
                    { value: 'replace', label: t('Erstatt teksten', 'Replace the text') },
                    { value: 'add', label: t('Legg til tekst', 'Add text') },
                    { value: 'delete', label: t('Slett punktet', 'Delete the clause') },
                  ]}
                  write={(c, v) => {
                    setEdit(c, index, (e) => {
                      e.action = v;
                    });
                  }}
                />
              </div>
              {edit.action !== 'delete' && (
                <CaseText path={`${at}.text`} multiline rows={5} empty={null} />
              )}
              <CaseText
                path={`${at}.reason`}
                empty={null}
                hint={t(
                  `Står ved siden av endringen i bilag ${appendix}, og leverandøren ser den.`,
                  `Printed beside the change in appendix ${appendix}, for the supplier to read.`,
                )}
              />
              <CaseText
                path={`${at}.note`}
                className="field-internal"
                multiline
                rows={2}
                empty={null}
                hint={t(
                  'Bare for kunden, for eksempel hva dere kan godta. Notatet kommer ikke i noe dokument, men ligger i saksfilen.',
                  'For the customer only, for example what you could accept. No document prints the note, but the case file holds it.',
                )}
              />
              <ComparePanes before={before} after={after} />
              <button
                type="button"
                className="button-small button-danger"
                onClick={() => {
                  update((c) => {
                    c.edits = (c.edits ?? []).filter((_, i) => i !== index);
                  });
                }}
              >
                {t('Fjern endring', 'Remove change')} {n}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          update((c) => {
            c.edits = [
              ...(c.edits ?? []),
              { clause: '', action: 'replace', text: null, reason: null, note: null },
            ];
            tickAppendixFor(loadedOutline(), c, 'edits');
          });
        }}
      >
        {t('Legg til endring', 'Add a change')}
      </button>
    </div>
  );
}

/** The standard text and the new text side by side, words removed and added marked. */
function ComparePanes({ before, after }: { before: string; after: string }) {
  const t = useT();
  const parts = trackedWords(before, after);
  return (
    <div className="compare">
      <div className="compare-pane">
        <h4>{t('Standardtekst', 'Standard text')}</h4>
        <p className="compare-text">
          {before === ''
            ? t('(ingen)', '(none)')
            : parts
                .filter((p) => p.kind !== 'added')
                .map((p, i) =>
                  p.kind === 'removed' ? (
                    <del key={i}>{p.text}</del>
                  ) : (
                    <span key={i}>{p.text}</span>
                  ),
                )}
        </p>
      </div>
      <div className="compare-pane">
        <h4>{t('Ny tekst', 'New text')}</h4>
        <p className="compare-text">
          {after === ''
            ? t('(ingen)', '(none)')
            : parts
                .filter((p) => p.kind !== 'removed')
                .map((p, i) =>
                  p.kind === 'added' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>,
                )}
        </p>
      </div>
    </div>
  );
}
