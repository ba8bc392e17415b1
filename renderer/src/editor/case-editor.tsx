import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { fieldId } from '../case/field-id';
import { useAppStore, useT } from '../store/app-store';
import { loadedOutline } from '../store/appendix-store';
import { useCaseStore } from '../store/case-store';
import { AgreementTypePanel } from './agreement-type-panel';
import { AppendicesTab } from './appendices-tab';
import { DpaTab } from './dpa-tab';
import { EditsTab } from './edits-tab';
import { ExportTab } from './export-tab';
import { PartiesTab } from './parties-tab';
import { PreviewPane } from './preview-pane';
import { ProblemSummary } from './problem-summary';
import { HelpText } from '../components/help-text';
import { usePartHelp } from './use-part-help';
import { TabProgress } from './tab-progress';
import { RequirementsTab } from './requirements-tab';
import { SaveBar } from './save-bar';
import { SlaPricesTab } from './sla-prices-tab';
import { TABS, tabLabel, tabOfPath, type TabId } from './tabs';
import { useCaseChecks } from './use-case-sync';

// The parts of the case whose guidance heads each tab; appendices carry their own.
const PART_HELP: Record<TabId, string[]> = {
  parties: [],
  appendices: ['appendices'],
  sla: ['sla', 'prices'],
  requirements: ['requirements'],
  dpa: ['dpa'],
  edits: ['edits'],
  export: [],
};

/** The case editor: tabs for every part of the case, validation, autosave and live preview. */
export function CaseEditor() {
  const t = useT();
  const openMatter = useAppStore((s) => s.openMatter);
  const caseInput = useCaseStore((s) => s.caseInput);
  const matterId = useCaseStore((s) => s.matterId);
  const caseId = useCaseStore((s) => s.caseId);
  const compareVersions = useAppStore((s) => s.compareVersions);
  const pendingDraft = useCaseStore((s) => s.pendingDraft);
  const tab = useCaseStore((s) => s.tab);
  const setTab = useCaseStore((s) => s.setTab);
  const [showPreview, setShowPreview] = useState(true);
  // On a narrow window the preview takes the place of the form instead of sitting beside it.
  const [narrowPreview, setNarrowPreview] = useState(false);
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>());

  useCaseChecks(showPreview || tab === 'edits');
  usePartHelp();

  const goToField = useCallback(
    (path: string) => {
      setNarrowPreview(false);
      const target = tabOfPath(path);
      if (target) setTab(target);
      // The field exists once the tab has rendered.
      window.setTimeout(() => {
        let probe = path;
        for (;;) {
          // A section path (`appendices.4`) leads to its first field.
          const element =
            document.getElementById(fieldId(probe)) ??
            document.getElementById(fieldId(`${probe}.included`));
          if (element) {
            element.focus();
            return;
          }
          const cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
          if (cut <= 0) return;
          probe = probe.slice(0, cut);
        }
      }, 0);
    },
    [setTab],
  );

  if (!caseInput) {
    return (
      <section className="screen">
        <h1>{t('Ingen avtale er åpen', 'No agreement is open')}</h1>
        <button
          type="button"
          onClick={() => {
            openMatter(null);
          }}
        >
          {t('Gå til biblioteket', 'Go to the library')}
        </button>
      </section>
    );
  }

  const editsAppendix = loadedOutline()[caseInput.agreement].editsAppendix;
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <div
      className={`editor ${showPreview ? 'editor-with-preview' : ''} ${narrowPreview ? 'editor-narrow-preview' : ''}`}
    >
      <section className="editor-main" aria-labelledby="editor-heading">
        <div className="editor-top">
          {matterId !== null && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                openMatter(matterId);
              }}
            >
              {t('← Tilbake til saken', '← Back to the matter')}
            </button>
          )}
          <h1 id="editor-heading">{caseInput.title || t('Uten tittel', 'Untitled')}</h1>
          {caseId !== null && matterId !== null && (
            <button
              type="button"
              className="button-small"
              onClick={() => {
                compareVersions({ caseId, matterId, title: caseInput.title || '–' });
              }}
            >
              {t('Sammenlign versjoner', 'Compare versions')}
            </button>
          )}
          <button
            type="button"
            className="button-small narrow-only"
            onClick={() => {
              setShowPreview(true);
              setNarrowPreview(true);
            }}
          >
            {t('Vis dokumentet', 'Show the document')}
          </button>
          <button
            type="button"
            className="button-small wide-only"
            aria-pressed={showPreview}
            onClick={() => {
              setShowPreview(!showPreview);
            }}
          >
            {showPreview
              ? t('Skjul forhåndsvisning', 'Hide preview')
              : t('Vis forhåndsvisning', 'Show preview')}
          </button>
        </div>

        <SaveBar />

        <ProblemSummary onGoTo={goToField} />

        <div
          inert={pendingDraft !== null}
          role="tablist"
          aria-label={t('Deler av avtalen', 'Parts of the agreement')}
          className="tabs"
        >
          {TABS.map((id) => (
            <button
              key={id}
              ref={(el) => {
                if (el) tabRefs.current.set(id, el);
                else tabRefs.current.delete(id);
              }}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              className="tab"
              onClick={() => {
                setTab(id);
              }}
              onKeyDown={onTabKey}
            >
              {tabLabel(id, t, editsAppendix)}
              <TabProgress tab={id} />
            </button>
          ))}
        </div>
        <div
          inert={pendingDraft !== null}
          role="tabpanel"
          id={`panel-${tab}`}
          aria-labelledby={`tab-${tab}`}
          className="tab-panel"
          tabIndex={0}
        >
          <h2>{tabLabel(tab, t, editsAppendix)}</h2>
          <TabProgress tab={tab} inPanel />
          {PART_HELP[tab].map((part) => (
            <HelpText key={part} path={part} />
          ))}
          {tab === 'parties' && <AgreementTypePanel />}
          {tab === 'parties' && <PartiesTab />}
          {tab === 'appendices' && <AppendicesTab />}
          {tab === 'sla' && <SlaPricesTab />}
          {tab === 'requirements' && <RequirementsTab />}
          {tab === 'dpa' && <DpaTab />}
          {tab === 'edits' && <EditsTab />}
          {tab === 'export' && <ExportTab />}
        </div>
      </section>
      {showPreview && (
        <PreviewPane
          onGoTo={goToField}
          onClose={() => {
            setNarrowPreview(false);
          }}
        />
      )}
    </div>
  );
}
