import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { assertModeratable, loadTarget } from "./load-target";
import { dismissFlagsInput } from "./schemas";

export interface DismissedFlags {
  targetType: "annotation" | "reply";
  targetId: string;
  documentId: string;
  dismissed: number;
}

/**
 * A moderator looked at a flagged annotation or reply and leaves it as it is: its open flags
 * are resolved without hiding anything (audited as "flags.dismissed"). 409 when none are open,
 * so two moderators dismissing at once record one decision.
 */
export async function dismissFlags(actor: Actor, input: unknown): Promise<DismissedFlags> {
  const { targetType, targetId } = dismissFlagsInput.parse(input);
  const target = await loadTarget(actor, targetType, targetId);
  if (!can(actor, "group.moderate", target.access)) throw new DomainError(403, "forbidden", "Only moderators dismiss flags.");
  assertModeratable(target, "flagged");
  const actorId = actor.kind === "user" ? actor.userId : null;
  const dismissed = await db().$transaction(async (tx) => {
    const { count } = await tx.flag.updateMany({ where: { targetType, targetId: target.id, resolvedAt: null }, data: { resolvedAt: new Date() } });
    if (count === 0) throw new DomainError(409, "no_open_flags", "There are no open flags on this; another moderator may have dealt with them.");
    await tx.auditEvent.create({
      data: { groupId: target.access.groupId, actorId, action: "flags.dismissed", targetId: target.id, data: { documentId: target.documentId, targetType, count } },
    });
    return count;
  });
  return { targetType, targetId: target.id, documentId: target.documentId, dismissed };
}
