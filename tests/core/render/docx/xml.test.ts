import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlText } from '../../../../electron/core/render/docx/xml';

const FORBIDDEN = ['\u0000', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud800', '\udc00'];
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORBIDDEN_CODE_POINT = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]$/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
/** A text's code points: a lone surrogate is one, a pair is one character. */
const codePoints = (text: string): string[] => Array.from(text);
const unescape = (xml: string): string =>
  xml.replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ENTITIES[name] ?? '');

describe('the XML escape', () => {
  it('escapes markup and quotes, drops what XML forbids, and keeps every other character', () => {
    const part = fc.oneof(
      fc.constantFrom('<', '>', '&', '"', "'", ']]>', '&amp;', '\t', '\n', '\r', 'æ', '😀'),
      fc.constantFrom(...FORBIDDEN),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const xml = xmlText(text);
        expect(xml).not.toMatch(/[<>"]|&(?!(lt|gt|quot|amp);)/);
        const kept = codePoints(text)
          .filter((c) => !FORBIDDEN_CODE_POINT.test(c))
          .join('');
        expect(codePoints(xml).some((c) => FORBIDDEN_CODE_POINT.test(c))).toBe(false);
        expect(unescape(xml)).toBe(kept);
      }),
    );
  });

  it('returns text with nothing to escape as it is', () => {
    const text = 'Avtale om løpende tjenestekjøp – § 2';
    expect(xmlText(text)).toBe(text);
  });
});
