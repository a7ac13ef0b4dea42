import { db } from "@/lib/db";
import type { Actor } from "./actor";
import type { DocumentAccess } from "./policy";
import { hashSecret } from "./api-token-secret";

/**
 * Loads a document's access facts for one actor in a single query. Returns null when the
 * document does not exist; callers answer 404 both for that and for "may not read", so the
 * two are indistinguishable.
 */
export async function loadDocumentAccess(actor: Actor, documentId: string, options: { publicLink?: string } = {}): Promise<DocumentAccess | null> {
  const userId = actor.kind === "user" ? actor.userId : "";
  const document = await db().document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      groupId: true,
      group: { select: { memberships: { where: { userId }, select: { role: true } } } },
      roles: { where: { userId }, select: { role: true } },
      publicLinkHash: true,
    },
  });
  if (!document) return null;
  return {
    documentId: document.id,
    groupId: document.groupId,
    groupRole: document.group.memberships[0]?.role ?? null,
    isAuthor: document.roles.some((r) => r.role === "author"),
    viaPublicLink: Boolean(options.publicLink && document.publicLinkHash && hashSecret(options.publicLink) === document.publicLinkHash),
  };
}
