import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { can } from "@/lib/auth/policy";
import { requestAccessRefresh } from "@/lib/collab/refresh-access";
import { DomainError } from "./errors";

/**
 * Gives (or takes back) the author role on one paper: its authors revise the text live and
 * answer as author. Owners only; the author must be a member of the paper's group. Open
 * connections pick up the change within seconds.
 */
export async function setDocumentAuthor(actor: Actor, documentId: string, userId: string, isAuthor: boolean): Promise<{ documentId: string; userId: string; isAuthor: boolean }> {
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  if (!can(actor, "document.manage-authors", access)) throw new DomainError(403, "forbidden", "Only the group's owners choose a paper's authors.");
  const member = await db().membership.findUnique({ where: { groupId_userId: { groupId: access.groupId, userId } }, select: { userId: true } });
  if (!member) throw new DomainError(422, "not_a_member", "Authors must be members of the paper's group.", { fields: { userId: "Not a member of this group." } });
  if (isAuthor) {
    await db().documentRole.upsert({ where: { documentId_userId: { documentId, userId } }, create: { documentId, userId, role: "author" }, update: { role: "author" } });
  } else {
    await db().documentRole.deleteMany({ where: { documentId, userId } });
  }
  requestAccessRefresh(access.groupId);
  return { documentId, userId, isAuthor };
}
