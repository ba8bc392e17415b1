export const TABS = [
  'parties',
  'appendices',
  'sla',
  'requirements',
  'dpa',
  'edits',
  'export',
] as const;
export type TabId = (typeof TABS)[number];

export function tabLabel(
  tab: TabId,
  t: (nb: string, en: string) => string,
  /** The agreement's appendix for changes to the general text, named in the tab. */
  editsAppendix: string | null,
): string {
  return {
    parties: t('Parter og datoer', 'Parties and dates'),
    appendices: t('Bilag', 'Appendices'),
    sla: t('Tjenestenivå og pris', 'Service level and price'),
    requirements: t('Sikkerhetskrav', 'Security requirements'),
    dpa: t('Databehandleravtale', 'Data processing agreement'),
    edits:
      editsAppendix === null
        ? t('Endringer', 'Changes')
        : t(`Endringer (bilag ${editsAppendix})`, `Changes (appendix ${editsAppendix})`),
    export: t('Eksport', 'Export'),
  }[tab];
}

/** The tab that holds the field a problem's JSON path names. */
export function tabOfPath(path: string): TabId | null {
  const head = path.split(/[.[]/)[0] ?? '';
  switch (head) {
    case 'title':
    case 'reference':
    case 'language':
    case 'purpose':
    case 'customer':
    case 'supplier':
    case 'service':
    case 'dates':
    case 'profile':
    case 'agreement':
      return 'parties';
    case 'appendices':
    case 'exit':
      return 'appendices';
    case 'sla':
    case 'prices':
      return 'sla';
    case 'requirements':
    case 'coverageAppendix':
      return 'requirements';
    case 'dpa':
      return 'dpa';
    case 'edits':
      return 'edits';
    default:
      return null;
  }
}
