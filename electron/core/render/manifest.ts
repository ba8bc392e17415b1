import type { Case } from '../case/case-schema';
import type { GeneratedFile, OutputFormat } from '../generate';
import { sha256Hex } from './sha256';

export interface ManifestEntry {
  name: string;
  format: OutputFormat;
  documentId: string;
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
  files: GeneratedFile[],
  meta: { version: string; now: Date; status: Manifest['status']; caseVersion: number | null },
): Promise<Manifest> {
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
        size: file.bytes.byteLength,
        sha256: await sha256Hex(file.bytes),
      })),
    ),
  };
}
