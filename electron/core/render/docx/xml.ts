/**
 * Characters XML 1.0 forbids in a document (controls other than tab, line feed and carriage
 * return; U+FFFE and U+FFFF; surrogates without their pair): a file holding one does not open.
 * A case's text is cleaned of these and more before (case/user-text.ts); this keeps the file
 * well-formed whatever text reaches the writer.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Any character the escape changes: most text has none and is returned as it is.
const SPECIAL =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const ESCAPED = /[&<>"]/g;

/** Text as it may stand in an element or a double-quoted attribute: every user text goes through here. */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(ESCAPED, (c) => ENTITIES[c] ?? c);
}

/**
 * A part docx wrote up to the start tag of `element`: its XML declaration and namespace
 * declarations, for a part of the same kind written here.
 */
export function headOf(xml: string, element: string): string {
  const at = xml.indexOf(`<${element}`);
  if (at < 0) throw new Error(`no <${element}> in the part`);
  return xml.slice(0, xml.indexOf('>', at) + 1);
}
