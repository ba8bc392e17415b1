import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Block, Document, Inline } from '../../../electron/core/document/model';
import { hasPlaceholder, splitPlaceholders } from '../../../electron/core/preview/placeholders';
import { describePath } from '../case/field-labels';
import { SelectField } from '../components/fields';
import { DOCUMENT_TYPE_STYLE } from './document-type';
import { useT } from '../store/app-store';
import { shownDocuments, useCaseStore } from '../store/case-store';
import { usePreviewStore } from '../store/preview-store';

type GoTo = (path: string) => void;

/**
 * The assembled documents as HTML from the first answer on: unanswered values are marked and lead
 * to their question, and the passage the last edit changed is highlighted and scrolled into view.
 */
export function PreviewPane({ onGoTo, onClose }: { onGoTo: GoTo; onClose: () => void }) {
  const t = useT();
  // Never the documents of a text the case was replaced from (a restore, a recovered draft).
  const { documents, pending, stale } = useCaseStore(useShallow(shownDocuments));
  const [chosen, setChosen] = useState('');
  const shown = documents.find((d) => d.id === chosen) ?? documents[0];

  return (
    <aside className="preview" aria-labelledby="preview-heading">
      <div className="preview-top">
        <h2 id="preview-heading">{t('Forhåndsvisning', 'Preview')}</h2>
        <button type="button" className="button-small narrow-only" onClick={onClose}>
          {t('Tilbake til spørsmålene', 'Back to the questions')}
        </button>
      </div>
      {documents.length > 0 && (
        <SelectField
          label={t('Dokument', 'Document')}
          value={shown?.id ?? ''}
          options={documents.map((d) => ({ value: d.id, label: d.title }))}
          onChange={setChosen}
        />
      )}
      {pending && (
        <p className="muted" role="status">
          {t('Forhåndsvisningen lages …', 'Making the preview …')}
        </p>
      )}
      {stale && (
        <p className="notice">
          {documents.length > 0
            ? t(
                'Avtalen kan ikke settes sammen slik den står nå; dette er siste versjon som kunne det. Se problemene over skjemaet.',
                'The agreement cannot be assembled as it stands; this is the last version that could. See the problems above the form.',
              )
            : t(
                'Avtalen kan ikke settes sammen ennå. Se problemene over skjemaet.',
                'The agreement cannot be assembled yet. See the problems above the form.',
              )}
        </p>
      )}
      {shown && <DocumentView document={shown} stale={stale} onGoTo={onGoTo} />}
    </aside>
  );
}

/** Each block's content as a key, so the blocks an edit changed can be told apart. */
function blockKeys(document: Document): string[] {
  return document.blocks.map((block) => JSON.stringify(block));
}

function DocumentView(props: { document: Document; stale: boolean; onGoTo: GoTo }) {
  const { document: doc } = props;
  const t = useT();
  const keys = useMemo(() => blockKeys(doc), [doc]);
  const previous = useRef<{ id: string; keys: Set<string> } | null>(null);
  const [changed, setChanged] = useState<ReadonlySet<number>>(new Set());
  const article = useRef<HTMLElement>(null);

  // Blocks that were not there before the last answer: only within the same document, so
  // switching documents or opening the case highlights nothing.
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = { id: doc.id, keys: new Set(keys) };
    if (!before || before.id !== doc.id) {
      setChanged(new Set());
      return;
    }
    setChanged(new Set(keys.flatMap((key, index) => (before.keys.has(key) ? [] : [index]))));
  }, [doc.id, keys]);

  useEffect(() => {
    const first = article.current?.querySelector('.changed');
    first?.scrollIntoView({ block: 'nearest' });
  }, [changed]);

  const unanswered = keys.some(hasPlaceholder);
  return (
    <article
      ref={article}
      className={`document ${props.stale ? 'document-stale' : ''}`}
      style={DOCUMENT_TYPE_STYLE}
      lang={doc.lang}
      aria-labelledby="preview-document-title"
    >
      <p className="document-header">{doc.header}</p>
      <h3 id="preview-document-title" className="doc-title">
        {doc.title}
      </h3>
      {unanswered && (
        <p className="placeholder-note" lang={t('nb', 'en')}>
          {t(
            'Markerte felt er ikke besvart ennå; velg ett for å gå til spørsmålet.',
            'Marked places are not answered yet; choose one to go to its question.',
          )}
        </p>
      )}
      {doc.blocks.map((block, index) => (
        <div key={index} className={changed.has(index) ? 'block changed' : 'block'}>
          <BlockView block={block} onGoTo={props.onGoTo} />
        </div>
      ))}
    </article>
  );
}

/** Text with its placeholders as marked buttons that lead to the unanswered question. */
function MarkedText({ text, onGoTo }: { text: string; onGoTo: GoTo }) {
  const t = useT();
  const placeholders = usePreviewStore((s) => s.placeholders);
  return (
    <>
      {splitPlaceholders(text).map((piece, i) => {
        if (piece.kind === 'text') return <span key={i}>{piece.text}</span>;
        const path = placeholders[piece.index];
        const label = path ? describePath(path, t) : t('Ikke besvart', 'Not answered');
        return (
          <button
            key={i}
            type="button"
            className="placeholder"
            lang={t('nb', 'en')}
            title={t('Gå til spørsmålet', 'Go to the question')}
            onClick={() => {
              if (path) onGoTo(path);
            }}
          >
            [{label}]
          </button>
        );
      })}
    </>
  );
}

function InlineView({ content, onGoTo }: { content: Inline[]; onGoTo: GoTo }) {
  return (
    <>
      {content.map((inline, i) => {
        if (inline.kind === 'ref') {
          return (
            <span key={i} className="ref" title={inline.target}>
              {inline.label}
            </span>
          );
        }
        let node = <MarkedText text={inline.text} onGoTo={onGoTo} />;
        if (inline.italic) node = <em>{node}</em>;
        if (inline.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function BlockView({ block, onGoTo }: { block: Block; onGoTo: GoTo }) {
  const t = useT();
  switch (block.kind) {
    case 'heading': {
      const text = (
        <>
          {block.number && <span className="number">{block.number}</span>}{' '}
          <MarkedText text={block.text} onGoTo={onGoTo} />
        </>
      );
      // The pane's heading is h2 and the document's title h3; its levels sit below them.
      if (block.level === 1) return <h4 className="doc-h1">{text}</h4>;
      if (block.level === 2) return <h5 className="doc-h2">{text}</h5>;
      return <h6 className="doc-h3">{text}</h6>;
    }
    case 'paragraph':
      return (
        <p>
          <InlineView content={block.content} onGoTo={onGoTo} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <InlineView content={item} onGoTo={onGoTo} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <div className="doc-table-wrap">
          <table className={`doc-table ${block.header.length === 0 ? 'doc-facts' : ''}`}>
            {block.widths && <ColumnWidths widths={block.widths} />}
            {block.header.length > 0 && (
              <thead>
                <tr>
                  {block.header.map((h, i) => (
                    <th key={i} scope="col">
                      <MarkedText text={h} onGoTo={onGoTo} />
                    </th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r} className={block.emphasis?.includes(r) ? 'emphasis' : undefined}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      <MarkedText text={cell} onGoTo={onGoTo} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'guidance':
      return (
        <div className="guidance">
          <p className="guidance-label">{t('Veiledning', 'Guidance')}</p>
          <p>
            <InlineView content={block.content} onGoTo={onGoTo} />
          </p>
        </div>
      );
    case 'signatures':
      return (
        <div className="signatures">
          {block.parties.map((party) => (
            <div key={party.role} className="signature-party">
              <p className="signature-role">{party.role}</p>
              <p>
                <MarkedText text={party.name} onGoTo={onGoTo} />
              </p>
              {party.signatories.map((s, i) => (
                <div key={i} className="signature-line">
                  <span className="line" aria-hidden="true" />
                  <p>
                    <MarkedText text={s.name} onGoTo={onGoTo} />
                    {s.title ? `, ${s.title}` : ''}
                  </p>
                </div>
              ))}
            </div>
          ))}
        </div>
      );
    case 'page-break':
      return <hr className="page-break" />;
  }
}

/** The table's relative column widths as shares of the page, as in the printed document. */
function ColumnWidths({ widths }: { widths: number[] }) {
  const total = widths.reduce((sum, w) => sum + w, 0);
  return (
    <colgroup>
      {widths.map((w, i) => (
        <col key={i} style={{ width: `${(100 * w) / total}%` }} />
      ))}
    </colgroup>
  );
}
