import type { ImportSummary } from "./import";

export interface DocumentSummary {
  id: string;
  title: string;
  url: string;
  format: string;
  createdAt: string;
  counts?: { questions: number; citations: number };
  /** What the import found (present right after an import). */
  importSummary?: ImportSummary;
}

export function documentUrl(id: string) {
  return `/documents/${id}`;
}

export function presentDocumentSummary(
  row: { id: string; title: string; format: string; createdAt: Date },
  counts?: { questions: number; citations: number },
  importSummary?: ImportSummary,
): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    url: documentUrl(row.id),
    format: row.format,
    createdAt: row.createdAt.toISOString(),
    ...(counts ? { counts } : {}),
    ...(importSummary ? { importSummary } : {}),
  };
}
