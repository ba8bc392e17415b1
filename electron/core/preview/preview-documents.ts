import type { Language } from '../case/case-schema';
import type { Document } from '../document/model';
import { SkyError } from '../errors';
import { buildDocuments, type Library } from '../generate';
import { previewCase } from './preview-case';

export interface Preview {
  /** The documents with guidance kept and unanswered values as placeholder markers. */
  documents: Document[];
  /** The JSON path each placeholder marker stands for, by its number. */
  placeholders: string[];
}

/** The documents of a case as far as it is answered, for the live preview only. */
export function previewDocuments(raw: unknown, library: Library, lang: Language | null): Preview {
  const whole = previewCase(raw);
  if (!whole) return { documents: [], placeholders: [] };
  try {
    const documents = buildDocuments(whole.case, library, {
      lang: lang ?? whole.case.language,
      guidance: true,
    });
    return { documents, placeholders: whole.placeholders };
  } catch (error) {
    // An answer the rules refuse (an unknown requirement, an edit of a missing clause) can stop
    // assembly; the problem list already names it.
    if (error instanceof SkyError) return { documents: [], placeholders: [] };
    throw error;
  }
}
