import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfFonts } from '../core/render/pdf/pdf-writer';

// Arimo (SIL Open Font License, LICENSE_FONT in the package) has Arial's metrics, so the PDF sets
// every line as Word sets the DOCX in Arial and LibreOffice in Liberation Sans; it covers æøå, §,
// «» and –; the ballot boxes it lacks come from DejaVu Sans (Bitstream Vera licence). TrueType
// files, never WOFF2, which fontkit cannot subset.
const FACES: Record<keyof PdfFonts, [string, string]> = {
  regular: ['@expo-google-fonts/arimo', '400Regular/Arimo_400Regular.ttf'],
  bold: ['@expo-google-fonts/arimo', '700Bold/Arimo_700Bold.ttf'],
  italic: ['@expo-google-fonts/arimo', '400Regular_Italic/Arimo_400Regular_Italic.ttf'],
  boldItalic: ['@expo-google-fonts/arimo', '700Bold_Italic/Arimo_700Bold_Italic.ttf'],
  symbol: ['dejavu-fonts-ttf', 'ttf/DejaVuSans.ttf'],
};

let fonts: PdfFonts | null = null;

/** The document fonts, read once from their packages. */
export function loadPdfFonts(): PdfFonts {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    fonts = Object.fromEntries(
      Object.entries(FACES).map(([face, [pkg, file]]) => [
        face,
        new Uint8Array(readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file))),
      ]),
    ) as unknown as PdfFonts;
  }
  return fonts;
}
