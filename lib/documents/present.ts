export interface DocumentSummary {
  id: string;
  title: string;
  url: string;
  format: string;
  createdAt: string;
  counts?: { questions: number; citations: number };
}

export function documentUrl(id: string) {
  return `/documents/${id}`;
}

export function presentDocumentSummary(
  row: { id: string; title: string; format: string; createdAt: Date },
  counts?: { questions: number; citations: number },
): DocumentSummary {
  return { id: row.id, title: row.title, url: documentUrl(row.id), format: row.format, createdAt: row.createdAt.toISOString(), ...(counts ? { counts } : {}) };
}
