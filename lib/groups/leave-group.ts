import type { Actor } from "@/lib/auth/actor";
import { authorizeGroup } from "./load-group-access";
import { changeMembership, dropDocumentRoles, keepAnOwner, lockedMember } from "./membership-lock";
import { recordAuditEvent } from "./record-audit-event";

/** A member leaves; the last owner cannot (409) until another member is an owner. */
export async function leaveGroup(actor: Actor, slug: string): Promise<void> {
  const group = await authorizeGroup(actor, slug, "group.leave", "You cannot leave this group.");
  if (actor.kind !== "user") return;
  await changeMembership(group.id, async (tx) => {
    const member = await lockedMember(tx, group.id, actor.userId);
    await keepAnOwner(tx, group.id, member.role, "You are the group’s last owner. Make another member an owner before you leave.");
    await tx.membership.delete({ where: { groupId_userId: { groupId: group.id, userId: actor.userId } } });
    await dropDocumentRoles(tx, group.id, actor.userId);
    await recordAuditEvent(actor, group.id, { action: "member.left", targetId: actor.userId, data: { role: member.role } }, tx);
  });
}
