import { useState } from 'react';
import type { ProcedureOutput } from '../../../electron/shared/api';
import { request } from '../request';
import { useAppStore, useT } from '../store/app-store';

type Detail = ProcedureOutput<'requirements.get'>;

/** A requirement's own text, its guidance and what it maps to, fetched when first opened. */
export function RequirementDetails({
  id,
  frameworkNames,
}: {
  id: string;
  frameworkNames: Record<string, string>;
}) {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const [detail, setDetail] = useState<Detail | null>(null);
  return (
    <details
      className="requirement-details"
      onToggle={(event) => {
        if (!event.currentTarget.open || detail?.id === id) return;
        void (async () => {
          const found = await request('requirements.get', { id, lang: uiLang });
          if (found) setDetail(found);
        })();
      }}
    >
      <summary>
        {t('Tekst, veiledning og koblinger', 'Text, guidance and mappings')} ({id})
      </summary>
      {detail === null ? (
        <p className="muted">{t('Henter …', 'Loading …')}</p>
      ) : (
        <>
          <p className="requirement-text">{detail.text}</p>
          {detail.guidance && (
            <p className="requirement-guidance">
              <strong>{t('Veiledning', 'Guidance')}:</strong> {detail.guidance}
            </p>
          )}
          <dl className="requirement-mappings">
            {Object.entries(detail.mappings).map(([framework, controls]) =>
              controls.length === 0 ? null : (
                <div key={framework}>
                  <dt>{frameworkNames[framework] ?? framework}</dt>
                  <dd>{controls.map((c) => `${c.control} ${c.name}`).join('; ')}</dd>
                </div>
              ),
            )}
          </dl>
        </>
      )}
    </details>
  );
}
