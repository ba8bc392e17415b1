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

/**
 * The files as a worker hands them over: each file's bytes in a buffer of their own, and those
 * buffers, to transfer rather than copy. Bytes that share a buffer with other bytes (a writer's
 * output can be a view into a larger one) are copied into one of their own first.
 */
export function handOver(files: GeneratedFile[]): {
  files: GeneratedFile[];
  transfer: ArrayBuffer[];
} {
  const transfer = new Set<ArrayBuffer>();
  const owned = files.map((file) => {
    const { buffer, byteOffset, byteLength } = file.bytes;
    const whole =
      buffer instanceof ArrayBuffer &&
      byteOffset === 0 &&
      byteLength === buffer.byteLength &&
      !transfer.has(buffer);
    const bytes = whole ? file.bytes : file.bytes.slice();
    transfer.add(bytes.buffer as ArrayBuffer);
    return { ...file, bytes };
  });
  return { files: owned, transfer: [...transfer] };
}
