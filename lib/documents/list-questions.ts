import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { DomainError } from "./errors";
import type { QuestionSummary } from "./get-document";

/** The document's questions in reading order (candidates found at import first). */
export async function listQuestions(actor: Actor, documentId: string): Promise<{ items: QuestionSummary[]; nextCursor: null }> {
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  const rows = await db().question.findMany({ where: { documentId }, orderBy: [{ start: "asc" }, { createdAt: "asc" }] });
  return { items: rows.map((q) => ({ id: q.id, text: q.text, quote: q.quote, start: q.start, end: q.end, status: q.status, origin: q.origin })), nextCursor: null };
}
