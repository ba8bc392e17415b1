import { useCallback, useEffect, useState } from 'react';
import type { BinEntry, Matter, SearchHit } from '../../../electron/shared/library-api';
import { openCase } from '../case/open-case';
import { DataTable } from '../components/data-table';
import { TextField } from '../components/fields';
import { request } from '../request';
import { useAppStore, useT } from '../store/app-store';
import { formatTime, statusName } from './format';
import { MatterView } from './matter-view';

const PAGE_SIZE = 50;

/** The start screen: search, new matter, recent matters, all matters and the bin. */
export function LibraryScreen() {
  const matterId = useAppStore((s) => s.matterId);
  const uiLang = useAppStore((s) => s.uiLang);
  const openMatter = useAppStore((s) => s.openMatter);
  const t = useT();
  const [matters, setMatters] = useState<Matter[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [bin, setBin] = useState<BinEntry[]>([]);
  const [loaded, setLoaded] = useState(false);

  const reload = useCallback(async () => {
    const [list, binList] = await Promise.all([
      request('matters.list', { page, pageSize: PAGE_SIZE, status: null }),
      request('bin.list', {}),
    ]);
    if (list) {
      setMatters(list.items);
      setTotal(list.total);
    }
    if (binList) setBin(binList);
    setLoaded(true);
  }, [page]);

  useEffect(() => {
    if (matterId === null) void reload();
  }, [matterId, reload]);

  if (matterId !== null) return <MatterView matterId={matterId} />;

  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <section className="screen" aria-labelledby="library-heading">
      <h1 id="library-heading">{t('Bibliotek', 'Library')}</h1>
      <SearchBox />
      <div className="columns">
        <NewMatterForm
          onCreated={(matter) => {
            openMatter(matter.id);
          }}
        />
        <section className="panel" aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('Nylig endret', 'Recently changed')}</h2>
          {loaded && matters.length === 0 && (
            <p className="empty">{t('Ingen saker ennå.', 'No matters yet.')}</p>
          )}
          <ul className="plain-list">
            {matters.slice(0, 5).map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    openMatter(m.id);
                  }}
                >
                  {m.name}
                </button>{' '}
                <span className="muted">{formatTime(m.updatedAt, uiLang)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section className="panel" aria-labelledby="matters-heading">
        <h2 id="matters-heading">
          {t('Saker', 'Matters')} <span className="muted">({total})</span>
        </h2>
        {matters.length > 0 && (
          <DataTable
            caption={t('Sakene i biblioteket', 'The matters in the library')}
            hideCaption
            rows={matters}
            rowKey={(m) => m.id}
            columns={[
              { header: t('Navn', 'Name'), cell: (m) => m.name, rowHeader: true },
              { header: t('Kunde', 'Customer'), cell: (m) => m.customer ?? '' },
              { header: t('Referanse', 'Reference'), cell: (m) => m.reference ?? '' },
              { header: t('Status', 'Status'), cell: (m) => statusName(m.status, t) },
              { header: t('Endret', 'Updated'), cell: (m) => formatTime(m.updatedAt, uiLang) },
              {
                header: <span className="visually-hidden">{t('Handlinger', 'Actions')}</span>,
                cell: (m) => (
                  <button
                    type="button"
                    className="button-small"
                    aria-label={`${t('Åpne', 'Open')} ${m.name}`}
                    onClick={() => {
                      openMatter(m.id);
                    }}
                  >
                    {t('Åpne', 'Open')}
                  </button>
                ),
              },
            ]}
          />
        )}
        {pages > 1 && (
          <div className="button-row">
            <button
              type="button"
              disabled={page <= 1}
              onClick={() => {
                setPage(page - 1);
              }}
            >
              {t('Forrige side', 'Previous page')}
            </button>
            <span>
              {t('Side', 'Page')} {page} / {pages}
            </span>
            <button
              type="button"
              disabled={page >= pages}
              onClick={() => {
                setPage(page + 1);
              }}
            >
              {t('Neste side', 'Next page')}
            </button>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="bin-heading">
        <h2 id="bin-heading">{t('Papirkurv', 'Bin')}</h2>
        {bin.length === 0 ? (
          <p className="empty">{t('Papirkurven er tom.', 'The bin is empty.')}</p>
        ) : (
          <ul className="plain-list">
            {bin.map((entry) => (
              <li key={`${entry.kind}-${entry.id}`}>
                {entry.name}{' '}
                <span className="muted">
                  ({entry.kind === 'matter' ? t('sak', 'matter') : t('klausul', 'clause')},{' '}
                  {t('slettet', 'deleted')} {formatTime(entry.deletedAt, uiLang)})
                </span>{' '}
                <button
                  type="button"
                  className="button-small"
                  aria-label={`${t('Gjenopprett', 'Restore')} ${entry.name}`}
                  onClick={() => {
                    void (async () => {
                      if (await request('bin.restore', { kind: entry.kind, id: entry.id })) {
                        await reload();
                      }
                    })();
                  }}
                >
                  {t('Gjenopprett', 'Restore')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

function NewMatterForm({ onCreated }: { onCreated: (matter: Matter) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [customer, setCustomer] = useState('');
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  return (
    <section className="panel" aria-labelledby="new-matter-heading">
      <h2 id="new-matter-heading">{t('Ny sak', 'New matter')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() === '') {
            setNameMissing(true);
            return;
          }
          setBusy(true);
          void (async () => {
            const matter = await request('matters.create', {
              name: name.trim(),
              customer: customer.trim() || null,
              reference: reference.trim() || null,
              tags: [],
            });
            setBusy(false);
            if (matter) onCreated(matter);
          })();
        }}
      >
        <TextField
          label={t('Sakens navn', 'Name of the matter')}
          value={name}
          onChange={(v) => {
            setName(v);
            setNameMissing(false);
          }}
        />
        {nameMissing && (
          <p className="problem problem-error" role="alert">
            {t('Sakens navn må fylles ut.', 'The name of the matter must be filled in.')}
          </p>
        )}
        <TextField label={t('Kunde', 'Customer')} value={customer} onChange={setCustomer} />
        <TextField label={t('Referanse', 'Reference')} value={reference} onChange={setReference} />
        <button type="submit" className="button-primary" disabled={busy}>
          {t('Opprett sak', 'Create matter')}
        </button>
      </form>
    </section>
  );
}

function SearchBox() {
  const t = useT();
  const openMatter = useAppStore((s) => s.openMatter);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const kindName = (kind: SearchHit['kind']) =>
    ({
      matter: t('Sak', 'Matter'),
      case: t('Avtale', 'Agreement'),
      clause: t('Klausul', 'Clause'),
      requirement: t('Krav', 'Requirement'),
    })[kind];
  return (
    <section className="panel" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('Søk i biblioteket', 'Search the library')}</h2>
      <form
        className="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void (async () => {
            setHits(await request('search', { text, limit: 20 }));
          })();
        }}
      >
        <TextField
          label={t('Søketekst', 'Search text')}
          type="search"
          value={text}
          onChange={setText}
        />
        <button type="submit">{t('Søk', 'Search')}</button>
      </form>
      {hits !== null && (
        <div aria-live="polite">
          {hits.length === 0 ? (
            <p className="empty">{t('Ingen treff.', 'No hits.')}</p>
          ) : (
            <ul className="plain-list search-hits">
              {hits.map((hit) => (
                <li key={`${hit.kind}-${hit.ref}`}>
                  <span className="tag">{kindName(hit.kind)}</span>{' '}
                  {hit.kind === 'matter' || hit.kind === 'case' ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        if (hit.kind === 'matter') openMatter(Number(hit.ref));
                        else void openCase(Number(hit.ref), null);
                      }}
                    >
                      {hit.title}
                    </button>
                  ) : (
                    <span>
                      {hit.title} ({hit.ref})
                    </span>
                  )}
                  <p className="snippet">{hit.snippet}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
