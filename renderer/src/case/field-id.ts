/** The DOM id of the input for a case JSON path (`customer.signatories[0].name`). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The id of the message element describing that input. */
export function problemId(path: string): string {
  return `${fieldId(path)}-problem`;
}
