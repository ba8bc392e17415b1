import type { Document } from '../../core/document/model';
import type { DocumentRenderOptions, GeneratedFile } from '../../core/generate';
import type { LocalizedText } from '../../core/errors';
import type { PdfFonts } from '../../core/render/pdf/pdf-writer';

/** What a render worker is started with: the document fonts, parsed once for its life. */
export interface RenderWorkerData {
  fonts: PdfFonts;
  /** Give way to the thread that answers calls (the app, web mode); a command has none. */
  yieldToCalls: boolean;
}

/** One document to render, as the request thread sends it. */
export interface RenderTask {
  id: number;
  document: Document;
  options: DocumentRenderOptions;
}

/** A user-readable error thrown while rendering, carried across the thread boundary. */
export interface RenderFailure {
  code: string | null;
  text: LocalizedText | null;
  where: string | null;
  message: string;
}

/** The worker's answer to one task: the document's files, or why it could not be made. */
export type RenderAnswer =
  { id: number; files: GeneratedFile[] } | { id: number; failure: RenderFailure };
