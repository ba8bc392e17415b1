import { Command, InvalidArgumentError, Option } from 'commander';
import { LANGUAGES, type Language } from '../core/case/case-schema';
import { OUTPUT_FORMATS, type OutputFormat } from '../core/generate';
import { localize } from '../core/errors';
import type { ApiResult } from '../shared/api';
import { EXIT, Failure, printError, type CliIo } from './cli-context';

function formatsOption(value: string): OutputFormat[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  const unknown = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new InvalidArgumentError(
      `ukjent format «${unknown.join(', ')}» (bruk ${OUTPUT_FORMATS.join(', ')})`,
    );
  }
  return formats as OutputFormat[];
}

export const langOption = (flag: string, description: string): Option =>
  new Option(flag, description).choices(LANGUAGES);

export interface ExportCliOptions {
  format: OutputFormat[];
  lang?: Language;
  final: boolean;
  guidance: boolean;
  attachCase: boolean;
}

export function exportInput(caseText: string, options: ExportCliOptions) {
  return {
    caseText,
    formats: options.format,
    lang: options.lang ?? null,
    final: options.final,
    guidance: options.guidance,
    attachCase: options.attachCase,
    messageLang: options.lang ?? 'nb',
  };
}

/** The options every command that writes documents takes. */
export function exportOptions(command: Command): Command {
  return command
    .option('-f, --format <formats>', 'formater, kommaseparert: docx,pdf', formatsOption, [
      ...OUTPUT_FORMATS,
    ])
    .addOption(
      langOption('-l, --lang <lang>', 'språkform for dokumentene (standard: sakens språk)'),
    )
    .option(
      '--final',
      'endelig versjon for signering: FINAL i PDF-metadata, uten «UTKAST»-vannmerke',
      false,
    )
    .option('--guidance', 'ta med veiledningstekst (bare for utkast)', false)
    .option(
      '--attach-case',
      'legg saksfilen ved i hver PDF (for interne utkast: den har interne notater og vekter)',
      false,
    );
}

/** What a command that writes a set into a folder takes: the folder, and leave to replace a set. */
export function folderOptions(command: Command): Command {
  return command
    .requiredOption('-o, --out <dir>', 'mappen dokumentene skrives til')
    .option('--force', 'erstatt settet som allerede ligger i mappen', false);
}

/** Stops the command unless the set was written; a set in the way gets the hint of --force. */
export function assertExported<T>(
  io: CliIo,
  result: ApiResult<T>,
  lang: Language,
): asserts result is { ok: true; value: T } {
  if (result.ok) return;
  printError(io, result.error, lang);
  if (result.error.code === 'export.exists') {
    const hint = {
      nb: 'bruk --force for å erstatte det som ligger der',
      nn: 'bruk --force for å erstatte det som ligg der',
      en: 'use --force to replace what is there',
    };
    io.stderr(`skyavtale: ${localize(hint, lang)}\n`);
  }
  throw new Failure(EXIT.failed);
}
