import type { Matter } from '../../../electron/shared/library-api';

/** A stored time ("2026-05-04T10:22:31.000Z") as the user reads it. */
export function formatTime(iso: string, lang: 'nb' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

/** A matter's status in the user's language. */
export function statusName(status: Matter['status'], t: (nb: string, en: string) => string) {
  return {
    active: t('Aktiv', 'Active'),
    signed: t('Signert', 'Signed'),
    closed: t('Avsluttet', 'Closed'),
  }[status];
}
