import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { initialStateFromJson } from "@/lib/collab/document-state";
import { toStoredBytes } from "@/lib/collab/bytes";
import { DomainError } from "./errors";
import { detectFormat, importPaper, ImportError } from "./import";
import { scrubText } from "./import/guard-input";
import { importDocumentInput, type ImportDocumentInput } from "./schemas";
import { presentDocumentSummary, type DocumentSummary } from "./present";

/**
 * Imports a paper into a group: parse (all formats become one structure), then create the
 * document, its initial Yjs state and its candidate questions in one transaction, so a
 * failure at any step leaves nothing half-created.
 */
export async function importDocument(actor: Actor, input: ImportDocumentInput): Promise<DocumentSummary> {
  const { title, groupId, filename, format } = importDocumentInput.parse(input);
  const group = await db().group.findUnique({
    where: { id: groupId },
    select: { id: true, memberships: { where: { userId: actor.kind === "user" ? actor.userId : "" }, select: { role: true } } },
  });
  if (!group) throw new DomainError(404, "not_found", "No such group.");
  if (!can(actor, "document.import", { groupId: group.id, groupRole: group.memberships[0]?.role ?? null })) {
    throw new DomainError(group.memberships.length ? 403 : 404, group.memberships.length ? "forbidden" : "not_found", group.memberships.length ? "Only owners and moderators import papers." : "No such group.");
  }

  let paper;
  let resolvedFormat;
  try {
    resolvedFormat = format ?? detectFormat(input.bytes, filename);
    paper = await importPaper({ bytes: input.bytes, filename, format: resolvedFormat });
  } catch (error) {
    if (error instanceof ImportError) throw new DomainError(error.status, error.code, error.message);
    throw error;
  }
  const initialState = toStoredBytes(initialStateFromJson(paper.doc));
  // Binary formats keep their extracted text; text formats keep the file as received
  // (scrubbed of what PostgreSQL cannot store).
  const sourceText = ["pdf", "docx", "odt"].includes(resolvedFormat) ? paper.plainText : scrubText(new TextDecoder().decode(input.bytes));

  const created = await db().$transaction(async (tx) => {
    const document = await tx.document.create({
      data: {
        groupId,
        title,
        format: resolvedFormat,
        sourceText,
        plainText: paper.plainText,
        headings: paper.headings,
        citations: paper.citations,
        createdById: actor.kind === "user" ? actor.userId : null,
      },
    });
    await tx.ySnapshot.create({ data: { documentId: document.id, state: initialState, lastUpdateId: 0 } });
    if (paper.questions.length > 0) {
      await tx.question.createMany({
        data: paper.questions.map((q) => ({ documentId: document.id, text: q.text, quote: q.quote, start: q.start, end: q.end, origin: "import" })),
      });
    }
    return document;
  });
  return presentDocumentSummary(created, { questions: paper.questions.length, citations: paper.citations.length });
}
