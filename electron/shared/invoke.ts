import type { Language } from '../core/case/case-schema';
import { SkyError } from '../core/errors';
import { jsonPath, ProblemsError } from '../core/case/problems';
import {
  procedures,
  type ApiHandlers,
  type ApiResult,
  type ProcedureName,
  type ProcedureOutput,
} from './api';

/**
 * Runs a procedure the way every transport must: input parsed from `unknown` with the contract's
 * schema, errors turned into values a user can read, output checked before it leaves.
 */
export async function invokeProcedure<P extends ProcedureName>(
  handlers: ApiHandlers,
  name: P,
  rawInput: unknown,
  lang: Language = 'nb',
): Promise<ApiResult<ProcedureOutput<P>>> {
  const procedure = procedures[name];
  const input = procedure.input.safeParse(rawInput);
  if (!input.success) {
    const detail = input.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`).join('; ');
    return {
      ok: false,
      error: {
        code: 'api.bad-input',
        message: `ugyldig forespørsel til ${name}: ${detail}`,
        where: name,
        problems: [],
      },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    const value = procedure.output.parse(await handler(input.data)) as ProcedureOutput<P>;
    return { ok: true, value };
  } catch (error) {
    if (error instanceof SkyError) {
      return {
        ok: false,
        error: {
          code: error.code,
          message: error.describe(lang),
          where: error.where ?? null,
          problems: error instanceof ProblemsError ? error.problems : [],
        },
      };
    }
    throw error;
  }
}
