import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { DomainError } from "./errors";

export interface OriginalFile {
  bytes: Uint8Array;
  mimeType: string;
  filename: string;
}

/**
 * The file a document was imported from, for anyone who may read the document (404 for
 * missing and unreadable alike, and for documents stored before originals were kept).
 */
export async function getOriginal(actor: Actor, documentId: string, options: { publicLink?: string } = {}): Promise<OriginalFile> {
  const access = await loadDocumentAccess(actor, documentId, options);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  const original = await db().documentOriginal.findUnique({ where: { documentId }, select: { bytes: true, mimeType: true, filename: true } });
  if (!original) throw new DomainError(404, "not_found", "This document was imported before original files were kept.");
  return { bytes: new Uint8Array(original.bytes), mimeType: original.mimeType, filename: original.filename };
}
