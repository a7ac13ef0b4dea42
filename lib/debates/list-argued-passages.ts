import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { liveAnchors } from "@/lib/annotations/live-anchors";
import { locateQuote, storedEvidence } from "@/lib/claims/evidence";
import { DomainError } from "@/lib/documents/errors";

/** A passage of the paper cited as evidence by a visible argument of one of its debates. */
export interface ArguedPassage {
  questionId: string;
  questionText: string;
  /** Offsets into the document's current plain text. */
  start: number;
  end: number;
  quote: string;
}

/**
 * The passages the paper's debates argue over, for the reading page's marker: one item per
 * passage and question, in reading order. Only visible arguments count (hidden and merged ones
 * do not), and only debates the actor may read (dismissed ones for moderators alone). Evidence
 * offsets date from when the argument was written; the quote is authoritative, so each passage
 * is moved to its nearest occurrence in the live text, and dropped when a revision removed it.
 */
export async function listArguedPassages(actor: Actor, documentId: string, options: { publicLink?: string } = {}): Promise<{ items: ArguedPassage[]; nextCursor: null }> {
  const access = await loadDocumentAccess(actor, documentId, options);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  const readable = can(actor, "debate.moderate", access) ? {} : { status: { not: "dismissed" as const } };
  const [rows, anchors] = await Promise.all([
    db().argument.findMany({
      where: { status: "visible", question: { documentId, ...readable } },
      select: { questionId: true, evidence: true, question: { select: { text: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    liveAnchors(documentId),
  ]);
  const byKey = new Map<string, ArguedPassage>();
  for (const row of rows) {
    for (const item of storedEvidence(row.evidence)) {
      if (item.type !== "passage" || !item.quote) continue;
      const start = locateQuote(anchors.plainText, item.quote, item.start);
      if (start === -1) continue;
      const end = start + item.quote.length;
      const key = `${row.questionId}:${start}:${end}`;
      if (!byKey.has(key)) byKey.set(key, { questionId: row.questionId, questionText: row.question.text, start, end, quote: item.quote });
    }
  }
  const items = [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.questionId.localeCompare(b.questionId));
  return { items, nextCursor: null };
}
