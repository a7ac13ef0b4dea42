import { db } from "@/lib/db";
import { readStoredPaper } from "@/lib/collab/document-state";
import { markedRanges } from "@/lib/collab/write-annotation-mark";
import { plainTextOf } from "@/lib/documents/import";

export interface LiveAnchors {
  plainText: string;
  /** Where each group annotation's mark is now, by annotation id. */
  marks: Map<string, { start: number; end: number }>;
}

// Decoding a paper's Yjs state costs milliseconds; lists ask for it on every page. Reuse the
// last result while the document has not changed (same newest log row and snapshot).
const holder = globalThis as unknown as { __disputatioLiveAnchors?: Map<string, { version: string; anchors: LiveAnchors }> };
const cache = (holder.__disputatioLiveAnchors ??= new Map());

async function documentVersion(documentId: string): Promise<string> {
  const [latest, snapshot] = await Promise.all([
    db().yUpdate.findFirst({ where: { documentId }, orderBy: { id: "desc" }, select: { id: true } }),
    db().ySnapshot.findUnique({ where: { documentId }, select: { updatedAt: true } }),
  ]);
  return `${latest?.id ?? 0}:${snapshot?.updatedAt.getTime() ?? 0}`;
}

/** The document's current plain text and annotation marks, from the stored (acknowledged) state. */
export async function liveAnchors(documentId: string): Promise<LiveAnchors> {
  const version = await documentVersion(documentId);
  const cached = cache.get(documentId);
  if (cached && cached.version === version) return cached.anchors;
  const root = await readStoredPaper(documentId);
  const anchors = { plainText: plainTextOf(root.toJSON()), marks: markedRanges(root) };
  if (cache.size > 200) cache.clear();
  cache.set(documentId, { version, anchors });
  return anchors;
}
