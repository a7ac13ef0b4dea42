import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { DomainError } from "@/lib/documents/errors";
import { flaggedItems } from "./flagged-items";
import type { FlaggedItem } from "./present";

/**
 * A document's open flags for its moderators (403 for other members, 404 for non-members),
 * one item per flagged annotation or reply, oldest first, with an excerpt of what was flagged.
 */
export async function listFlags(actor: Actor, documentId: string): Promise<{ items: FlaggedItem[]; nextCursor: null }> {
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  if (!can(actor, "group.moderate", access)) throw new DomainError(403, "forbidden", "Only moderators see flags.");
  return { items: await flaggedItems({ documentId }), nextCursor: null };
}
