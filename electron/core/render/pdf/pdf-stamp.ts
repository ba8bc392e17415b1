import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';

/** What Skyavtale records about a PDF in its information dictionary. */
export interface PdfStamp {
  status: string | null;
  docxSha256: string | null;
  caseVersion: string | null;
}

/** Reads the Skyavtale entries back from a PDF; null where the file is not a readable PDF. */
export async function readPdfStamp(bytes: Uint8Array): Promise<PdfStamp | null> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    return null;
  }
  const info = pdf.context.lookupMaybe(pdf.context.trailerInfo.Info, PDFDict);
  const read = (key: string): string | null => {
    const value = info?.get(PDFName.of(key));
    return value instanceof PDFString ? value.decodeText() : null;
  };
  return {
    status: read('SkyavtaleStatus'),
    docxSha256: read('SkyavtaleDocxSha256'),
    caseVersion: read('SkyavtaleCaseVersion'),
  };
}
