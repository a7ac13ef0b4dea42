import { db } from "@/lib/db";
import { countStances } from "@/lib/annotations/count-stances";
import { claimStatus } from "@/lib/annotations/claim-status";
import { CSV_COLUMNS, csvRecord } from "./csv";
import type { PaperShape } from "./get-report";
import { annotationLink, questionLink } from "./links";
import { ANONYMOUS_PARTICIPANT, effectiveStatus } from "./report-debates";
import { personName, reportable } from "./report-annotations";

export const EXPORT_BATCH = 500;

/** How many rows the CSV export will hold (claims + visible arguments), for X-Total-Items. */
export async function countCsvRows(documentId: string): Promise<number> {
  const [claims, args] = await Promise.all([
    db().annotation.count({ where: { ...reportable(documentId), kind: "claim" } }),
    db().argument.count({ where: { question: { documentId }, status: "visible" } }),
  ]);
  return claims + args;
}

/**
 * The CSV export as records, produced batch by batch (EXPORT_BATCH rows per query, keyset
 * paging by cursor), so a document with 10,000 claims never sits in memory at once: one row per
 * claim (reading order), then one per visible argument (by question). The same rules as the
 * report: no private or hidden content, pseudonyms in anonymous debates, ratings held back
 * while the group's setting hides them.
 */
export async function* csvRecords(documentId: string, shape: PaperShape, baseUrl: string, now: Date): AsyncGenerator<string> {
  yield csvRecord([...CSV_COLUMNS]);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().annotation.findMany({
      where: { ...reportable(documentId), kind: "claim" },
      orderBy: [{ start: "asc" }, { id: "asc" }],
      take: EXPORT_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, quote: true, body: true, orphanedAt: true, author: { select: { name: true, deletedAt: true } } },
    });
    if (rows.length === 0) break;
    const counts = await countStances(rows.map((r) => r.id), null);
    let chunk = "";
    for (const row of rows) {
      const { supported, contested } = counts.get(row.id)!;
      const position = row.orphanedAt ? null : shape.marks.get(row.id);
      const section = position ? shape.sectionTitle(position.start) : "Orphaned passage";
      chunk += csvRecord(["claim", row.id, section, row.quote, row.body, claimStatus(supported, contested), supported, contested, null, null, personName(row.author), baseUrl + annotationLink(documentId, row.id)]);
    }
    yield chunk;
    cursor = rows[rows.length - 1].id;
    if (rows.length < EXPORT_BATCH) break;
  }
  yield* argumentRecords(documentId, shape, baseUrl, now);
}

async function* argumentRecords(documentId: string, shape: PaperShape, baseUrl: string, now: Date): AsyncGenerator<string> {
  const [document, questions, pseudonyms] = await Promise.all([
    db().document.findUniqueOrThrow({ where: { id: documentId }, select: { group: { select: { ratingVisibility: true } } } }),
    db().question.findMany({ where: { documentId }, select: { id: true, text: true, start: true, anonymous: true, status: true, closesAt: true } }),
    db().debatePseudonym.findMany({ where: { question: { documentId, anonymous: true } }, select: { questionId: true, userId: true, name: true } }),
  ]);
  const questionOf = new Map(questions.map((q) => [q.id, q]));
  const pseudonymOf = new Map(pseudonyms.map((p) => [`${p.questionId}:${p.userId}`, p.name]));
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().argument.findMany({
      where: { question: { documentId }, status: "visible" },
      orderBy: { id: "asc" },
      take: EXPORT_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, questionId: true, parentId: true, stance: true, body: true, authorId: true, asAuthor: true, author: { select: { name: true, deletedAt: true } } },
    });
    if (rows.length === 0) break;
    const ratings = await db().argumentRating.groupBy({ by: ["argumentId"], where: { argumentId: { in: rows.map((r) => r.id) } }, _avg: { value: true }, _count: { _all: true } });
    const ratingOf = new Map(ratings.map((r) => [r.argumentId, r]));
    let chunk = "";
    for (const row of rows) {
      const question = questionOf.get(row.questionId)!;
      const shown = document.group.ratingVisibility === "always" || effectiveStatus(question, now) === "closed";
      const rating = shown ? ratingOf.get(row.id) : undefined;
      const author = question.anonymous ? (row.authorId && pseudonymOf.get(`${row.questionId}:${row.authorId}`)) || ANONYMOUS_PARTICIPANT : personName(row.author);
      const mean = rating?._avg.value;
      chunk += csvRecord([
        "argument", row.id, question.start === null ? "" : shape.sectionTitle(question.start), row.parentId ?? row.questionId, row.body, row.stance, null, null,
        mean === null || mean === undefined ? null : Math.round(mean * 100) / 100, shown ? (rating?._count._all ?? 0) : null,
        row.asAuthor ? `${author} (as author)` : author, baseUrl + questionLink(documentId, row.questionId),
      ]);
    }
    yield chunk;
    cursor = rows[rows.length - 1].id;
    if (rows.length < EXPORT_BATCH) break;
  }
}
