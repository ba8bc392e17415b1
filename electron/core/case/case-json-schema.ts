import { z } from 'zod';
import { CaseSchema, CURRENT_SCHEMA_VERSION } from './case-schema';

/** The case file format as JSON Schema (draft 2020-12), for editors that validate as you type. */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CaseSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: `https://skyavtale.no/schema/case-v${CURRENT_SCHEMA_VERSION}.json`,
    title: 'Skyavtale case file',
    description: `Everything a user chooses for one agreement: kind, language, parties, dates, appendices, requirements, DPA, SLA and prices. This is case format ${CURRENT_SCHEMA_VERSION}; Skyavtale also opens files of earlier formats and upgrades them as it reads them.`,
  };
}
