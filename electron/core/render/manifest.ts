import type { Case } from '../case/case-schema';
import type { ContractSet, SetRole } from '../contract-set/contract-set';
import type { GeneratedFile, OutputFormat } from '../generate';
import { sha256Hex } from './sha256';

export interface ManifestEntry {
  name: string;
  format: OutputFormat;
  documentId: string;
  /** What the document is to the agreement, and the appendix number the front page gives it. */
  role: SetRole;
  appendix: number | null;
  partOfAgreement: boolean;
  size: number;
  sha256: string;
}

export interface Manifest {
  generator: { name: 'Skyavtale'; version: string };
  generatedAt: string;
  status: 'draft' | 'final';
  /** The library's version number of the case, when it came from the library. */
  caseVersion: number | null;
  case: {
    title: string;
    reference: string | null;
    agreement: string;
    language: string;
    schemaVersion: number;
  };
  files: ManifestEntry[];
}

export async function buildManifest(
  c: Case,
  set: ContractSet,
  files: GeneratedFile[],
  meta: { version: string; now: Date; status: Manifest['status']; caseVersion: number | null },
): Promise<Manifest> {
  const entries = new Map(set.entries.map((entry) => [entry.id, entry]));
  return {
    generator: { name: 'Skyavtale', version: meta.version },
    generatedAt: meta.now.toISOString(),
    status: meta.status,
    caseVersion: meta.caseVersion,
    case: {
      title: c.title,
      reference: c.reference,
      agreement: c.agreement,
      language: c.language,
      schemaVersion: c.schemaVersion,
    },
    files: await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        format: file.format,
        documentId: file.documentId,
        role: entries.get(file.documentId)?.role ?? 'working-paper',
        appendix: entries.get(file.documentId)?.number ?? null,
        partOfAgreement: entries.get(file.documentId)?.inAgreement ?? false,
        size: file.bytes.byteLength,
        sha256: await sha256Hex(file.bytes),
      })),
    ),
  };
}
