import type { AgreementKind } from '../../../electron/core/case/case-schema';
import { editsAppendix } from '../case/appendix-names';

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
  agreement: AgreementKind,
): string {
  const edits = editsAppendix(agreement);
  return {
    parties: t('Parter og datoer', 'Parties and dates'),
    appendices: t('Bilag', 'Appendices'),
    sla: t('Tjenestenivå og pris', 'Service level and price'),
    requirements: t('Sikkerhetskrav', 'Security requirements'),
    dpa: t('Databehandleravtale', 'Data processing agreement'),
    edits: t(`Endringer (bilag ${edits})`, `Changes (appendix ${edits})`),
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
