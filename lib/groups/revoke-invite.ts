import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { inviteNotFound } from "./errors";
import { authorizeGroup } from "./load-group-access";
import { INVITE_SELECT, presentInvite, type InviteSummary } from "./present";
import { recordAuditEvent } from "./record-audit-event";

/** Owners revoke an invite link; revoking one already revoked changes nothing. */
export async function revokeInvite(actor: Actor, slug: string, inviteId: string): Promise<InviteSummary> {
  const group = await authorizeGroup(actor, slug, "group.invite", "Only the group’s owners can revoke invite links.");
  const invite = await db().$transaction(async (tx) => {
    const revoked = await tx.invite.updateMany({ where: { id: inviteId, groupId: group.id, revokedAt: null }, data: { revokedAt: new Date() } });
    const row = await tx.invite.findFirst({ where: { id: inviteId, groupId: group.id }, select: INVITE_SELECT });
    if (!row) throw inviteNotFound("No such invite link in this group.");
    if (revoked.count > 0) await recordAuditEvent(actor, group.id, { action: "invite.revoked", targetId: row.id, data: { role: row.role } }, tx);
    return row;
  });
  return presentInvite(invite);
}
