import type { Actor } from "@/lib/auth/actor";
import { leaveGroup } from "./leave-group";
import { authorizeGroup } from "./load-group-access";
import { changeMembership, dropDocumentRoles, keepAnOwner, lockedMember } from "./membership-lock";
import { recordAuditEvent } from "./record-audit-event";

/** Owners remove a member (another owner too, unless it is the last one). Removing oneself is leaving. */
export async function removeMember(actor: Actor, slug: string, userId: string): Promise<void> {
  if (actor.kind === "user" && actor.userId === userId) return leaveGroup(actor, slug);
  const group = await authorizeGroup(actor, slug, "group.manage-members", "Only the group’s owners can remove members.");
  await changeMembership(group.id, async (tx) => {
    const member = await lockedMember(tx, group.id, userId);
    await keepAnOwner(tx, group.id, member.role, "The group’s last owner cannot be removed.");
    await tx.membership.delete({ where: { groupId_userId: { groupId: group.id, userId } } });
    await dropDocumentRoles(tx, group.id, userId);
    await recordAuditEvent(actor, group.id, { action: "member.removed", targetId: userId, data: { role: member.role } }, tx);
  });
}
