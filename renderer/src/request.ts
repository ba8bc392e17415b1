import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../electron/shared/api';
import { api } from './api';
import { useAppStore } from './store/app-store';

/**
 * Calls one API procedure; a failure is shown in the message area and answers null, so no
 * caller can swallow it by accident.
 */
export async function request<P extends ProcedureName>(
  name: P,
  input: ProcedureInput<P>,
): Promise<ProcedureOutput<P> | null> {
  const result = await api[name](input);
  if (result.ok) return result.value;
  useAppStore.getState().showError(result.error);
  return null;
}
