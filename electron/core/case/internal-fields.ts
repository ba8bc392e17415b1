/**
 * The fields of a case that no document prints, each with the reason it stays internal. Every
 * other field reaches a document when a case fills it; a test walks the schema to hold both
 * halves of that promise. Paths use `[]` for list items and `*` for appendix numbers.
 */
export const INTERNAL_FIELDS: Readonly<Record<string, string>> = {
  $schema: 'tells editors where the case format is described',
  schemaVersion: 'the version of the case format, for reading the file',
  'profile.standardService': 'an answer to the agreement questions; it only drives the advice',
  'profile.implementation': 'an answer to the agreement questions; it only drives the advice',
  'profile.platformUse': 'an answer to the agreement questions; it only drives the advice',
  'profile.licencesOnly': 'an answer to the agreement questions; it only drives the advice',
  'customer.signatories[].email': 'for sending the agreement to be signed; not for print',
  'customer.signatories[].phone': 'for sending the agreement to be signed; not for print',
  'supplier.signatories[].email': 'for sending the agreement to be signed; not for print',
  'supplier.signatories[].phone': 'for sending the agreement to be signed; not for print',
  'edits[].note': "the customer's own note on a change (what it would accept, why); never sent",
};
