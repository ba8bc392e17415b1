import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Block, Document, Inline } from '../../../electron/core/document/model';
import { SelectField } from '../components/fields';
import { useT } from '../store/app-store';
import { shownDocuments, useCaseStore } from '../store/case-store';

/** The assembled documents as HTML, refreshed shortly after the user stops typing. */
export function PreviewPane() {
  const t = useT();
  // Never the documents of a text the case was replaced from (a restore, a recovered draft).
  const { documents, pending, stale } = useCaseStore(useShallow(shownDocuments));
  const [chosen, setChosen] = useState('');
  const shown = documents.find((d) => d.id === chosen) ?? documents[0];

  return (
    <aside className="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('Forhåndsvisning', 'Preview')}</h2>
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
                'Avtalen har feil; forhåndsvisningen er fra siste gang den kunne settes sammen.',
                'The agreement has errors; the preview is from the last time it could be assembled.',
              )
            : t(
                'Forhåndsvisningen vises når avtalen ikke har feil.',
                'The preview appears once the agreement has no errors.',
              )}
        </p>
      )}
      {shown && <DocumentView document={shown} stale={stale} />}
    </aside>
  );
}

function DocumentView({ document, stale }: { document: Document; stale: boolean }) {
  return (
    <article className={`document ${stale ? 'document-stale' : ''}`} lang={document.lang}>
      <p className="document-header">{document.header}</p>
      {document.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </article>
  );
}

function InlineView({ content }: { content: Inline[] }) {
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
        let node = <>{inline.text}</>;
        if (inline.italic) node = <em>{node}</em>;
        if (inline.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  const t = useT();
  switch (block.kind) {
    case 'heading': {
      const text = (
        <>
          {block.number && <span className="number">{block.number}</span>} {block.text}
        </>
      );
      // The pane's own heading is h2; the document's levels sit below it.
      if (block.level === 1) return <h3 className="doc-h1">{text}</h3>;
      if (block.level === 2) return <h4 className="doc-h2">{text}</h4>;
      return <h5 className="doc-h3">{text}</h5>;
    }
    case 'paragraph':
      return (
        <p>
          <InlineView content={block.content} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <InlineView content={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <table className={`doc-table ${block.header.length === 0 ? 'doc-facts' : ''}`}>
          {block.header.length > 0 && (
            <thead>
              <tr>
                {block.header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r} className={block.emphasis?.includes(r) ? 'emphasis' : undefined}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'guidance':
      return (
        <div className="guidance">
          <p className="guidance-label">{t('Veiledning', 'Guidance')}</p>
          <p>
            <InlineView content={block.content} />
          </p>
        </div>
      );
    case 'signatures':
      return (
        <div className="signatures">
          {block.parties.map((party) => (
            <div key={party.role} className="signature-party">
              <p className="signature-role">{party.role}</p>
              <p>{party.name}</p>
              {party.signatories.map((s, i) => (
                <div key={i} className="signature-line">
                  <span className="line" aria-hidden="true" />
                  <p>
                    {s.name}
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
