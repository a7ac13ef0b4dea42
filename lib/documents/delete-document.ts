import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { can } from "@/lib/auth/policy";
import { collabServer } from "@/lib/collab/registry";
import { DomainError } from "./errors";

/**
 * Deletes a paper with everything attached (its Yjs log and snapshot, questions, roles) in one
 * statement, and disconnects everyone who has it open. Owners only.
 */
export async function deleteDocument(actor: Actor, documentId: string): Promise<void> {
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  if (!can(actor, "document.delete", access)) throw new DomainError(403, "forbidden", "Only the group's owners delete papers.");
  collabServer()?.hocuspocus.closeConnections(documentId);
  await db().document.delete({ where: { id: documentId } });
}
