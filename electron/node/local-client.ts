import type { Language } from '../core/case/case-schema';
import { procedures, type ApiClient, type ApiHandlers, type ProcedureName } from '../shared/api';
import { invokeProcedure } from '../shared/invoke';

/** An API client that calls the handlers in this process (the command line uses it). */
export function createLocalClient(handlers: ApiHandlers, lang: Language = 'nb'): ApiClient {
  const client = {} as Record<ProcedureName, (input: unknown) => Promise<unknown>>;
  for (const name of Object.keys(procedures) as ProcedureName[]) {
    client[name] = (input) => invokeProcedure(handlers, name, input, lang);
  }
  return client as ApiClient;
}
