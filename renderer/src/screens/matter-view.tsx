import { useEffect, useState } from 'react';
import type { CaseSummary, Matter } from '../../../electron/shared/library-api';
import { openCase } from '../case/open-case';
import { DataTable } from '../components/data-table';
import { request } from '../request';
import { useAppStore, useT } from '../store/app-store';
import { formatTime, statusName } from './format';

const AGREEMENT_NAMES: Record<string, string> = {
  'ssa-l': 'SSA-L',
  'ssa-sky': 'SSA-Sky',
  'ssa-lille-sky': 'SSA-Lille sky',
};

/** One matter: its cases with agreement, latest version and last change. */
export function MatterView({ matterId }: { matterId: number }) {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const openMatter = useAppStore((s) => s.openMatter);
  const startNewCase = useAppStore((s) => s.startNewCase);
  const [matter, setMatter] = useState<Matter | null>(null);
  const compareVersions = useAppStore((s) => s.compareVersions);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const active = { current: true };
    void (async () => {
      const found = await request('matters.get', { id: matterId });
      if (found && active.current) {
        setMatter(found.matter);
        setCases(found.cases);
      }
    })();
    return () => {
      active.current = false;
    };
  }, [matterId, reloads]);

  const duplicate = async (c: CaseSummary) => {
    const copy = await request('cases.duplicate', {
      caseId: c.id,
      caseText: null,
      title: `${t('Kopi av', 'Copy of')} ${c.title}`,
    });
    if (!copy) return;
    setReloads((n) => n + 1);
    useAppStore
      .getState()
      .showMessage('info', `${t('Kopien er laget:', 'The copy is made:')} ${copy.case.title}`);
  };

  const back = (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        openMatter(null);
      }}
    >
      {t('← Tilbake til biblioteket', '← Back to the library')}
    </button>
  );
  if (!matter) return <section className="screen">{back}</section>;

  return (
    <section className="screen" aria-labelledby="matter-heading">
      {back}
      <h1 id="matter-heading">{matter.name}</h1>
      <dl className="facts">
        <dt>{t('Kunde', 'Customer')}</dt>
        <dd>{matter.customer ?? '–'}</dd>
        <dt>{t('Referanse', 'Reference')}</dt>
        <dd>{matter.reference ?? '–'}</dd>
        <dt>{t('Status', 'Status')}</dt>
        <dd>{statusName(matter.status, t)}</dd>
        <dt>{t('Endret', 'Updated')}</dt>
        <dd>{formatTime(matter.updatedAt, uiLang)}</dd>
      </dl>
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            startNewCase(matter.id);
          }}
        >
          {t('Ny avtale', 'New agreement')}
        </button>
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            void (async () => {
              if (await request('matters.delete', { id: matter.id })) openMatter(null);
            })();
          }}
        >
          {t('Flytt saken til papirkurven', 'Move the matter to the bin')}
        </button>
      </div>
      <section className="panel" aria-labelledby="cases-heading">
        <h2 id="cases-heading">{t('Avtaler', 'Agreements')}</h2>
        {cases.length === 0 ? (
          <p className="empty">
            {t('Saken har ingen avtaler ennå.', 'The matter has no agreements yet.')}
          </p>
        ) : (
          <DataTable
            caption={t('Avtalene i saken', 'The agreements of the matter')}
            hideCaption
            rows={cases}
            rowKey={(c) => c.id}
            columns={[
              { header: t('Tittel', 'Title'), cell: (c) => c.title, rowHeader: true },
              {
                header: t('Avtaletype', 'Agreement'),
                cell: (c) => AGREEMENT_NAMES[c.agreement] ?? c.agreement,
              },
              { header: t('Siste versjon', 'Latest version'), cell: (c) => c.latestVersion },
              { header: t('Endret', 'Updated'), cell: (c) => formatTime(c.updatedAt, uiLang) },
              {
                header: <span className="visually-hidden">{t('Handlinger', 'Actions')}</span>,
                cell: (c) => (
                  <>
                    <button
                      type="button"
                      className="button-small"
                      aria-label={`${t('Åpne avtalen', 'Open the agreement')} ${c.title}`}
                      onClick={() => {
                        void openCase(c.id, matter.id);
                      }}
                    >
                      {t('Åpne', 'Open')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button-small"
                      aria-label={`${t('Dupliser avtalen', 'Duplicate the agreement')} ${c.title}`}
                      onClick={() => {
                        void duplicate(c);
                      }}
                    >
                      {t('Dupliser', 'Duplicate')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button-small"
                      aria-label={`${t('Sammenlign versjoner av', 'Compare versions of')} ${c.title}`}
                      onClick={() => {
                        compareVersions({ caseId: c.id, matterId: matter.id, title: c.title });
                      }}
                    >
                      {t('Sammenlign versjoner', 'Compare versions')}
                    </button>
                  </>
                ),
              },
            ]}
          />
        )}
      </section>
    </section>
  );
}
