import { db } from "@/lib/db";
import { countStances } from "@/lib/annotations/count-stances";
import { annotationRowSelect, presentAnnotation, type AnnotationRow } from "@/lib/annotations/present";
import { toW3CAnnotation, toW3CCollection } from "@/lib/annotations/w3c";
import { EXPORT_BATCH } from "./export-rows";
import type { PaperShape } from "./get-report";
import { reportable } from "./report-annotations";

const ITEMS = '"items":[]';

/**
 * The document's annotations as one W3C AnnotationCollection with every annotation in its
 * embedded first page (the export is one file), written batch by batch: the collection is built
 * by the same mapping as the API (lib/annotations/w3c) with no items, then split where its items
 * go. One annotation per line (after the opening line), so a client counts lines for progress.
 */
export async function* w3cRecords(documentId: string, shape: PaperShape, baseUrl: string, total: number, title: string): AsyncGenerator<string> {
  const urls = { baseUrl, documentUrl: `${baseUrl}/documents/${documentId}` };
  const collectionUrl = `${baseUrl}/api/documents/${documentId}/report/export?format=w3c`;
  const frame = JSON.stringify(toW3CCollection({ items: [], total, pageSize: Math.max(total, 1), collectionUrl, label: `Annotations on “${title}”` }, urls));
  const at = frame.indexOf(ITEMS);
  if (at === -1) {
    yield `${frame}\n`;
    return;
  }
  yield `${frame.slice(0, at)}"items":[\n`;
  let cursor: string | undefined;
  let first = true;
  for (;;) {
    const rows = await db().annotation.findMany({
      where: reportable(documentId),
      orderBy: [{ start: "asc" }, { id: "asc" }],
      take: EXPORT_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: annotationRowSelect,
    });
    if (rows.length === 0) break;
    const stances = await countStances(rows.filter((r) => r.kind === "claim").map((r) => r.id), null);
    let chunk = "";
    for (const row of rows) {
      const position = row.orphanedAt ? null : (shape.marks.get(row.id) ?? null);
      const dto = presentAnnotation(row as AnnotationRow, { position, stances: stances.get(row.id) });
      chunk += `${first ? "" : ","}${JSON.stringify(toW3CAnnotation(dto, urls))}\n`;
      first = false;
    }
    yield chunk;
    cursor = rows[rows.length - 1].id;
    if (rows.length < EXPORT_BATCH) break;
  }
  yield `]${frame.slice(at + ITEMS.length)}\n`;
}

export async function countW3CItems(documentId: string): Promise<number> {
  return db().annotation.count({ where: reportable(documentId) });
}
