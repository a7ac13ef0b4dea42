import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { isUniqueViolation } from "@/lib/groups/errors";
import { assertModeratable, loadTarget } from "./load-target";
import { FLAG_SELECT, presentReceipt, type FlagReceipt } from "./present";
import { flagInput } from "./schemas";

/**
 * A member asks the moderators to look at an annotation or a reply. One flag per member per
 * target: a second while the first is open is a 409; after a moderator dealt with it (the
 * item was hidden, then restored) flagging again reopens the member's flag.
 */
export async function flagContent(actor: Actor, input: unknown): Promise<FlagReceipt> {
  if (actor.kind !== "user") throw new DomainError(403, "forbidden", "Only members flag.");
  const { targetType, targetId, reason } = flagInput.parse(input);
  const target = await loadTarget(actor, targetType, targetId);
  if (!can(actor, "document.annotate", target.access)) throw new DomainError(403, "forbidden", "Viewers cannot flag; ask a participant or a moderator.");
  assertModeratable(target, "flagged");
  if (target.hiddenAt) throw new DomainError(409, "already_hidden", "A moderator has already hidden this.");
  const key = { targetType, targetId: target.id, userId: actor.userId };
  try {
    return presentReceipt(await db().flag.create({ data: { ...key, documentId: target.documentId, reason }, select: FLAG_SELECT }));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const { count } = await db().flag.updateMany({ where: { ...key, resolvedAt: { not: null } }, data: { resolvedAt: null, reason, createdAt: new Date() } });
  if (count === 0) throw new DomainError(409, "already_flagged", "You have already flagged this; the moderators will look at it.");
  return presentReceipt(await db().flag.findUniqueOrThrow({ where: { targetType_targetId_userId: key }, select: FLAG_SELECT }));
}
