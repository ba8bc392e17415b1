/** A sentence in each language form; nynorsk falls back to bokmål where it has no wording of its own. */
export interface LocalizedText {
  nb: string;
  nn?: string;
  en: string;
}

// The language forms are the keys of a text, so errors need nothing from the case model.
type Language = keyof LocalizedText;

export function localize(text: LocalizedText, lang: Language): string {
  return lang === 'nn' ? (text.nn ?? text.nb) : text[lang];
}

/**
 * An error a user can act on: a stable code for programs, a message in the user's language, and
 * where it happened (a JSON path, a template file and line, a file on disk).
 */
export class SkyError extends Error {
  constructor(
    readonly code: string,
    readonly text: LocalizedText,
    readonly where?: string,
  ) {
    super(where ? `${where}: ${text.nb}` : text.nb);
    this.name = 'SkyError';
  }

  describe(lang: Language): string {
    const message = localize(this.text, lang);
    return this.where ? `${this.where}: ${message}` : message;
  }
}
