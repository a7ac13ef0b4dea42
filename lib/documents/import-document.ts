import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { initialStateFromJson } from "@/lib/collab/document-state";
import { toStoredBytes } from "@/lib/collab/bytes";
import { DomainError } from "./errors";
import { abstractTextOf, detectFormat, importPaper, ImportError, type ImportedPaper } from "./import";
import { defaultTitle, mimeTypeOf, storableText, storedFilename } from "./original-file";
import { scrubText } from "./import/guard-input";
import { importDocumentInput, type ImportDocumentInput } from "./schemas";
import { presentDocumentSummary, type DocumentSummary } from "./present";

// Formats whose bytes are not text: their sourceText is the extracted plain text.
const BINARY_FORMATS = new Set(["pdf", "docx", "odt"]);

/** Checks, before any parsing, that the actor may import into the group (404 hides groups it cannot see). */
export async function assertMayImport(actor: Actor, groupId: string): Promise<void> {
  const group = await db().group.findUnique({
    where: { id: groupId },
    select: { id: true, memberships: { where: { userId: actor.kind === "user" ? actor.userId : "" }, select: { role: true } } },
  });
  if (!group) throw new DomainError(404, "not_found", "No such group.");
  if (!can(actor, "document.import", { groupId: group.id, groupRole: group.memberships[0]?.role ?? null })) {
    throw new DomainError(group.memberships.length ? 403 : 404, group.memberships.length ? "forbidden" : "not_found", group.memberships.length ? "Only owners and moderators import papers." : "No such group.");
  }
}

/**
 * Imports a paper into a group: parse (all formats become one structure), then create the
 * document, its initial Yjs state, its original file with the blocks' provenance and its
 * candidate questions in one transaction, so a failure at any step leaves nothing half-created.
 * Without a title, the paper's own (meta.title) is used, else the file's name.
 */
export async function importDocument(actor: Actor, input: ImportDocumentInput): Promise<DocumentSummary> {
  const { title, groupId, filename, format } = importDocumentInput.parse(input);
  await assertMayImport(actor, groupId);

  let paper;
  let resolvedFormat;
  try {
    resolvedFormat = format ?? detectFormat(input.bytes, filename);
    paper = await importPaper({ bytes: input.bytes, filename, format: resolvedFormat, onProgress: input.onProgress });
  } catch (error) {
    if (error instanceof ImportError) throw new DomainError(error.status, error.code, error.message);
    throw error;
  }
  return storeImportedPaper(actor, { groupId, title, filename, bytes: input.bytes, format: resolvedFormat, paper });
}

/**
 * Stores a parsed paper (the second half of importDocument): the document, its initial Yjs state, its original file with the
 * blocks' provenance, and its candidate questions, in one transaction.
 */
export async function storeImportedPaper(
  actor: Actor,
  input: { groupId: string; title?: string; filename?: string; bytes: Uint8Array; format: string; paper: ImportedPaper },
): Promise<DocumentSummary> {
  const { groupId, title, filename, paper, format: resolvedFormat } = input;
  // Checked again here (cheap) so that no caller can store without the policy's say.
  await assertMayImport(actor, groupId);
  const initialState = toStoredBytes(initialStateFromJson(paper.doc));
  // Binary formats keep their extracted text; text formats keep the file as received
  // (scrubbed of what PostgreSQL cannot store).
  const sourceText = BINARY_FORMATS.has(resolvedFormat) ? paper.plainText : scrubText(new TextDecoder().decode(input.bytes));
  const finalTitle = title ?? defaultTitle(paper.summary.title, filename);
  const authors = (paper.meta.authors ?? []).map(storableText).filter(Boolean).slice(0, 100);
  const abstract = abstractTextOf(paper.doc, paper.meta);

  const created = await db().$transaction(async (tx) => {
    const document = await tx.document.create({
      data: {
        groupId,
        title: finalTitle,
        format: resolvedFormat,
        sourceText,
        plainText: paper.plainText,
        headings: paper.headings,
        citations: paper.citations,
        authors,
        abstract,
        // Interfaces of the import contract (ImportNotice, BlockSource): plain JSON data.
        importSummary: paper.summary as unknown as Prisma.InputJsonValue,
        createdById: actor.kind === "user" ? actor.userId : null,
      },
    });
    await tx.documentOriginal.create({
      data: {
        documentId: document.id,
        bytes: Buffer.from(input.bytes),
        mimeType: mimeTypeOf(resolvedFormat),
        filename: storedFilename(filename, resolvedFormat),
        size: input.bytes.byteLength,
        provenance: paper.provenance as unknown as Prisma.InputJsonValue,
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
  return presentDocumentSummary(created, { questions: paper.questions.length, citations: paper.citations.length }, paper.summary);
}
