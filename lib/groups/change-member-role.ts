import type { Actor } from "@/lib/auth/actor";
import { authorizeGroup } from "./load-group-access";
import { changeMembership, keepAnOwner, lockedMember } from "./membership-lock";
import { MEMBER_SELECT, presentMember, type MemberSummary } from "./present";
import { recordAuditEvent } from "./record-audit-event";
import { changeMemberRoleInput } from "./schemas";

/** Owners change a member's role; the last owner cannot be demoted (409). */
export async function changeMemberRole(actor: Actor, slug: string, userId: string, input: unknown): Promise<MemberSummary> {
  const group = await authorizeGroup(actor, slug, "group.manage-members", "Only the group’s owners can change roles.");
  const { role } = changeMemberRoleInput.parse(input);
  const me = actor.kind === "user" ? actor.userId : null;
  return changeMembership(group.id, async (tx) => {
    const member = await lockedMember(tx, group.id, userId);
    if (member.role === role) return presentMember(member, me);
    await keepAnOwner(tx, group.id, member.role, "The group’s last owner cannot be demoted. Make another member an owner first.");
    const updated = await tx.membership.update({
      where: { groupId_userId: { groupId: group.id, userId } },
      data: { role },
      select: MEMBER_SELECT,
    });
    await recordAuditEvent(actor, group.id, { action: "member.role-changed", targetId: userId, data: { from: member.role, to: role } }, tx);
    return presentMember(updated, me);
  });
}
