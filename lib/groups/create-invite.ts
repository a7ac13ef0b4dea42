import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { hashInviteSecret, invitePath, newInviteSecret } from "./invite-secret";
import { authorizeGroup } from "./load-group-access";
import { INVITE_SELECT, presentInvite, type CreatedInvite } from "./present";
import { recordAuditEvent } from "./record-audit-event";
import { createInviteInput } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Owners create an invite link for one role, with an optional expiry and number of uses. The
 * secret is returned here once; only its SHA-256 is stored.
 */
export async function createInvite(actor: Actor, slug: string, input: unknown, now = new Date()): Promise<CreatedInvite> {
  const group = await authorizeGroup(actor, slug, "group.invite", "Only the group’s owners can create invite links.");
  const { role, expiresInDays, maxUses } = createInviteInput.parse(input);
  const token = newInviteSecret();
  const expiresAt = expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * DAY_MS);
  const invite = await db().$transaction(async (tx) => {
    const row = await tx.invite.create({
      data: { groupId: group.id, tokenHash: hashInviteSecret(token), role, expiresAt, maxUses, createdById: actor.kind === "user" ? actor.userId : null },
      select: INVITE_SELECT,
    });
    await recordAuditEvent(actor, group.id, { action: "invite.created", targetId: row.id, data: { role, expiresAt: expiresAt?.toISOString() ?? null, maxUses } }, tx);
    return row;
  });
  return { invite: presentInvite(invite), token, path: invitePath(token) };
}
