import type { CSSProperties } from 'react';
import {
  BODY,
  HEADING,
  TABLE,
  TITLE,
  type ParagraphLook,
} from '../../../electron/core/render/typography';

const look = (name: string, { size, line, before }: ParagraphLook) => ({
  [`--doc-${name}-size`]: `${size}pt`,
  [`--doc-${name}-line`]: `${line}pt`,
  [`--doc-${name}-before`]: `${before}pt`,
});

/**
 * The document typography as CSS variables for the preview's page (styles.css reads them), so
 * the preview sets text in the sizes and heading scale the PDF and the DOCX use.
 */
export const DOCUMENT_TYPE_STYLE: CSSProperties = {
  ...look('body', BODY),
  ...look('title', TITLE),
  ...look('h1', HEADING[1]),
  ...look('h2', HEADING[2]),
  ...look('h3', HEADING[3]),
  ...look('table', { size: TABLE.size, line: TABLE.line, before: 0 }),
};
