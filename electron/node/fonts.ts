import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfFonts } from '../core/render/pdf/pdf-writer';

// DejaVu (Bitstream Vera licence) covers æøå, §, «», – and the rest of Latin-1 and beyond, as TTF.
const FACES: Record<keyof PdfFonts, string> = {
  serif: 'DejaVuSerifCondensed.ttf',
  serifBold: 'DejaVuSerifCondensed-Bold.ttf',
  serifItalic: 'DejaVuSerifCondensed-Italic.ttf',
  serifBoldItalic: 'DejaVuSerifCondensed-BoldItalic.ttf',
  sans: 'DejaVuSansCondensed.ttf',
  sansBold: 'DejaVuSansCondensed-Bold.ttf',
};

let fonts: PdfFonts | null = null;

/** The PDF fonts, read once from the dejavu-fonts-ttf package. */
export function loadPdfFonts(): PdfFonts {
  if (!fonts) {
    const dir = join(
      dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
      'ttf',
    );
    fonts = Object.fromEntries(
      Object.entries(FACES).map(([face, file]) => [
        face,
        new Uint8Array(readFileSync(join(dir, file))),
      ]),
    ) as unknown as PdfFonts;
  }
  return fonts;
}
