import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { GroupRole } from "@/lib/auth/policy";
import { hit, INVITE_REDEEM_PER_ADDRESS, retryAfterSeconds } from "@/lib/auth/rate-limit";
import { requestAccessRefresh } from "@/lib/collab/refresh-access";
import { DomainError, inviteGone, inviteNotFound, isUniqueViolation } from "./errors";
import { hashInviteSecret } from "./invite-secret";
import { groupUrl, inviteStatus } from "./present";
import { recordAuditEvent } from "./record-audit-event";
import { outranks, withArticle } from "./roles";
import { inviteTokenSchema } from "./schemas";

export type RedeemOutcome = "joined" | "upgraded" | "already-member";

export interface RedeemResult {
  outcome: RedeemOutcome;
  /** The actor's role in the group now. */
  role: GroupRole;
  group: { slug: string; name: string; url: string };
  message: string;
}

type Tx = Prisma.TransactionClient;

/** Fails with 410 when the invite can no longer be used, whatever the reason. */
function assertUsable(invite: { revokedAt: Date | null; expiresAt: Date | null; maxUses: number | null; uses: number }, now: Date) {
  const status = inviteStatus(invite, now);
  if (status !== "active") throw inviteGone(status);
}

/**
 * Counts one use, atomically: the row is updated only while the invite is still usable, so two
 * people redeeming the last use at once cannot both get in (the second sees no row updated).
 */
async function claimUse(tx: Tx, inviteId: string, now: Date) {
  const claimed = await tx.invite.updateMany({
    where: {
      id: inviteId,
      revokedAt: null,
      AND: [{ OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }, { OR: [{ maxUses: null }, { uses: { lt: db().invite.fields.maxUses } }] }],
    },
    data: { uses: { increment: 1 } },
  });
  if (claimed.count > 0) return;
  // Someone else took the last use, or the owner revoked it meanwhile: say which.
  assertUsable(await tx.invite.findUniqueOrThrow({ where: { id: inviteId } }), now);
  throw inviteGone("used-up");
}

async function redeemOnce(actor: Extract<Actor, { kind: "user" }>, tokenHash: string, now: Date): Promise<RedeemResult & { groupId: string }> {
  return db().$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({
      where: { tokenHash },
      select: { id: true, groupId: true, role: true, expiresAt: true, maxUses: true, uses: true, revokedAt: true, group: { select: { slug: true, name: true } } },
    });
    if (!invite) throw inviteNotFound();
    assertUsable(invite, now);
    const group = { slug: invite.group.slug, name: invite.group.name, url: groupUrl(invite.group.slug) };
    const where = { groupId_userId: { groupId: invite.groupId, userId: actor.userId } };
    const member = await tx.membership.findUnique({ where, select: { role: true } });

    // A member keeps the higher of their role and the invite's, and uses nothing up.
    if (member && !outranks(invite.role, member.role)) {
      const message = `You are already ${withArticle(member.role)} of ${group.name}; you keep that role.`;
      return { outcome: "already-member", role: member.role, group, groupId: invite.groupId, message };
    }
    await claimUse(tx, invite.id, now);
    if (member) {
      await tx.membership.update({ where, data: { role: invite.role } });
      const data = { from: member.role, to: invite.role, inviteId: invite.id };
      await recordAuditEvent(actor, invite.groupId, { action: "member.role-changed", targetId: actor.userId, data }, tx);
      const message = `You were ${withArticle(member.role)} of ${group.name}; you are now ${withArticle(invite.role)}.`;
      return { outcome: "upgraded", role: invite.role, group, groupId: invite.groupId, message };
    }
    await tx.membership.create({ data: { groupId: invite.groupId, userId: actor.userId, role: invite.role } });
    await recordAuditEvent(actor, invite.groupId, { action: "member.joined", targetId: actor.userId, data: { role: invite.role, inviteId: invite.id } }, tx);
    return { outcome: "joined", role: invite.role, group, groupId: invite.groupId, message: `You joined ${group.name} as ${withArticle(invite.role)}.` };
  });
}

/**
 * Joins the group an invite link is for. Expired, revoked and used-up links answer 410 and grant
 * nothing; attempts are limited per client address (429 with `details.retryAfterSeconds`).
 */
export async function redeemInvite(actor: Actor, token: string, address: string, now = new Date()): Promise<RedeemResult> {
  if (actor.kind !== "user") throw new DomainError(401, "unauthenticated", "Sign in to join a group.");
  const wait = retryAfterSeconds(INVITE_REDEEM_PER_ADDRESS, address);
  if (wait > 0) {
    throw new DomainError(429, "rate_limited", "Too many invite links tried from your network. Wait a few minutes, then try again.", { retryAfterSeconds: wait });
  }
  hit(INVITE_REDEEM_PER_ADDRESS, address);
  if (!inviteTokenSchema.safeParse(token).success) throw inviteNotFound();
  const tokenHash = hashInviteSecret(token);
  let result: RedeemResult & { groupId: string };
  try {
    result = await redeemOnce(actor, tokenHash, now);
  } catch (error) {
    // The same person joining through two links at once: the second sees the first's membership.
    if (!isUniqueViolation(error)) throw error;
    result = await redeemOnce(actor, tokenHash, now);
  }
  const { groupId, ...answer } = result;
  if (answer.outcome !== "already-member") requestAccessRefresh(groupId);
  return answer;
}
