import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Language } from '../core/case/case-schema';
import type { Problem } from '../core/case/problems';
import type { ApiClient, ApiError, ApiResult } from '../shared/api';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** Exit codes: 0 done, 1 the input has problems or the work failed, 2 the command was misused. */
export const EXIT = { ok: 0, failed: 1, misuse: 2 } as const;

/** Thrown to stop a command with an exit code once its message is printed. */
export class Failure extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

const SEVERITY_LABELS: Record<Language, Record<Problem['severity'], string>> = {
  nb: { error: 'feil', warning: 'advarsel' },
  nn: { error: 'feil', warning: 'åtvaring' },
  en: { error: 'error', warning: 'warning' },
};

export function printProblems(io: CliIo, problems: Problem[], lang: Language): void {
  for (const p of problems)
    io.stderr(`${SEVERITY_LABELS[lang][p.severity]}: ${p.path}: ${p.message}\n`);
}

export function printError(io: CliIo, error: ApiError, lang: Language = 'nb'): void {
  if (error.problems.length > 0) printProblems(io, error.problems, lang);
  io.stderr(
    `skyavtale: ${error.where && !error.message.startsWith(error.where) ? `${error.where}: ` : ''}${error.message}\n`,
  );
}

export async function readCaseText(io: CliIo, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(
      `skyavtale: ${file}: ${code === 'ENOENT' ? 'filen finnes ikke' : `kan ikke lese filen (${code ?? String(error)})`}\n`,
    );
    throw new Failure(EXIT.failed);
  }
}

/** What every command needs: where to write, and the API of the data folder chosen. */
export interface CliContext {
  io: CliIo;
  api: () => ApiClient;
}

/** Stops the command with the error printed unless the procedure succeeded. */
export function assertOk<T>(
  io: CliIo,
  result: ApiResult<T>,
  lang: Language = 'nb',
): asserts result is { ok: true; value: T } {
  if (!result.ok) {
    printError(io, result.error, lang);
    throw new Failure(EXIT.failed);
  }
}
