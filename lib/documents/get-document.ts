import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { readStoredPaper } from "@/lib/collab/document-state";
import { DomainError } from "./errors";
import { plainTextOf } from "./import";
import { documentUrl } from "./present";

export interface CitationEntry {
  key: string;
  label: string;
  count: number;
}

export interface QuestionSummary {
  id: string;
  text: string;
  quote: string;
  start: number | null;
  end: number | null;
  status: string;
  origin: string;
}

export interface DocumentDetail {
  id: string;
  title: string;
  url: string;
  format: string;
  groupId: string;
  /** The live document as ProseMirror JSON (from the stored Yjs state). */
  content: unknown;
  plainText: string;
  headings: string[];
  citations: CitationEntry[];
  questions: QuestionSummary[];
  canEditText: boolean;
  /** Owners may create or revoke the public read-only link. */
  canShare: boolean;
  canAnnotate: boolean;
  canModerate: boolean;
  isShared: boolean;
}

/** A document the actor may read, with its current text; 404 for missing and unreadable alike. */
export async function getDocument(actor: Actor, documentId: string, options: { publicLink?: string } = {}): Promise<DocumentDetail> {
  const access = await loadDocumentAccess(actor, documentId, options);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  const [row, node] = await Promise.all([
    db().document.findUniqueOrThrow({
      where: { id: documentId },
      select: { id: true, title: true, format: true, groupId: true, headings: true, citations: true, publicLinkHash: true, questions: { orderBy: [{ start: "asc" }, { createdAt: "asc" }] } },
    }),
    readStoredPaper(documentId),
  ]);
  // A plain-object copy: ProseMirror's attrs have null prototypes, which React refuses to pass
  // to client components.
  const content = JSON.parse(JSON.stringify(node.toJSON()));
  return {
    id: row.id,
    title: row.title,
    url: documentUrl(row.id),
    format: row.format,
    groupId: row.groupId,
    content,
    plainText: plainTextOf(content),
    headings: row.headings as string[],
    citations: row.citations as unknown as CitationEntry[],
    questions: row.questions.map((q) => ({ id: q.id, text: q.text, quote: q.quote, start: q.start, end: q.end, status: q.status, origin: q.origin })),
    canEditText: can(actor, "document.edit-text", access),
    canShare: can(actor, "document.share", access),
    canAnnotate: can(actor, "document.annotate", access),
    canModerate: can(actor, "group.moderate", access),
    isShared: row.publicLinkHash !== null,
  };
}
