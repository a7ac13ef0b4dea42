import { db } from "@/lib/db";
import { DomainError } from "@/lib/documents/errors";
import { MAIL_KIND_LABELS } from "./kinds";
import type { UnsubscribeDTO } from "./present";
import { unsubscribeToken } from "./schemas";
import { verifyUnsubscribeToken } from "./tokens";

async function claimOf(token: unknown) {
  const parsed = unsubscribeToken.safeParse(token);
  const claim = parsed.success ? verifyUnsubscribeToken(parsed.data) : null;
  if (!claim) throw new DomainError(404, "not_found", "This unsubscribe link is not valid. Change your e-mail settings in Settings instead.");
  const user = await db().user.findUnique({ where: { id: claim.userId }, select: { deletedAt: true } });
  if (!user || user.deletedAt) throw new DomainError(404, "not_found", "This unsubscribe link is not valid any more: the account is gone.");
  const group = claim.groupId ? await db().group.findUnique({ where: { id: claim.groupId }, select: { name: true } }) : null;
  return { claim, groupName: group?.name ?? null };
}

/** What a link would stop, for the confirmation page (GET must not change anything: link scanners follow links). */
export async function describeUnsubscribe(token: unknown): Promise<UnsubscribeDTO> {
  const { claim, groupName } = await claimOf(token);
  const done = claim.groupId
    ? (await db().digestPreference.findUnique({ where: { userId_groupId: { userId: claim.userId, groupId: claim.groupId } }, select: { frequency: true } }))?.frequency === "off"
    : (await db().mailPreference.findUnique({ where: { userId_kind: { userId: claim.userId, kind: claim.kind } }, select: { enabled: true } }))?.enabled === false;
  return { kind: claim.kind, label: MAIL_KIND_LABELS[claim.kind].label, groupName, done };
}

/**
 * One-click unsubscribe (RFC 8058): the signed token is the authority, no session needed. A
 * digest token stops that group's digest; any other stops the kind. Idempotent.
 */
export async function unsubscribe(token: unknown): Promise<UnsubscribeDTO> {
  const { claim, groupName } = await claimOf(token);
  const { userId, kind, groupId } = claim;
  if (kind === "digest" && groupId) {
    const member = await db().membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { id: true } });
    if (member) {
      await db().digestPreference.upsert({ where: { userId_groupId: { userId, groupId } }, create: { userId, groupId, frequency: "off" }, update: { frequency: "off" } });
    }
  } else {
    await db().mailPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, enabled: false }, update: { enabled: false } });
  }
  return { kind, label: MAIL_KIND_LABELS[kind].label, groupName, done: true };
}
