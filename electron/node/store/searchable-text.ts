/** The words of a case worth finding it by: every string in its JSON, keys left out. */
export function searchableText(caseText: string): string {
  const words: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') words.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  try {
    visit(JSON.parse(caseText));
  } catch {
    return caseText;
  }
  return words.join('\n');
}
