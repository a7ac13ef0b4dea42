import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { enqueueNotificationMail } from "@/lib/mail/enqueue-notification";
import { announceDebateChange } from "./announce-debate-change";
import { argumentView } from "./argument-views";
import { recordDebateAudit } from "./debate-audit";
import { assertNotMerged, loadArgument } from "./load-argument";
import type { ArgumentDTO } from "./present";
import { moderateArgumentInput, type ModerationAction } from "./schemas";

type Change = { where: Record<string, unknown>; data: Record<string, unknown>; already: string };

function changeFor(action: ModerationAction, actorId: string | null, reason: string | undefined, now: Date): Change {
  switch (action) {
    case "pin":
      return { where: { pinnedAt: null }, data: { pinnedAt: now }, already: "This argument is already pinned." };
    case "unpin":
      return { where: { pinnedAt: { not: null } }, data: { pinnedAt: null }, already: "This argument is not pinned." };
    case "lock":
      return { where: { lockedAt: null }, data: { lockedAt: now }, already: "This branch is already locked." };
    case "unlock":
      return { where: { lockedAt: { not: null } }, data: { lockedAt: null }, already: "This branch is not locked." };
    case "hide":
      return { where: { status: "visible" }, data: { status: "hidden", hiddenAt: now, hiddenById: actorId, hiddenReason: reason }, already: "This argument is already hidden." };
    case "restore":
      return { where: { status: "hidden" }, data: { status: "visible", hiddenAt: null, hiddenById: null, hiddenReason: null }, already: "This argument is not hidden." };
  }
}

const PAST: Record<ModerationAction, string> = { pin: "pinned", unpin: "unpinned", lock: "locked", unlock: "unlocked", hide: "hidden", restore: "restored" };

/**
 * Moderators pin, lock (a branch takes no new arguments), hide (with a reason; the body stays
 * stored and readable by moderators) or undo those. Each is conditional on the current state
 * (409 when already so) and audited in the same transaction. The hidden author is told in
 * their inbox.
 */
export async function moderateArgument(actor: Actor, argumentId: string, input: unknown): Promise<ArgumentDTO> {
  const { argument, loaded } = await loadArgument(actor, argumentId, "debate.moderate", "Only moderators moderate debates.");
  const { action, reason } = moderateArgumentInput.parse(input);
  assertNotMerged(argument);
  const actorId = actor.kind === "user" ? actor.userId : null;
  const change = changeFor(action, actorId, reason, new Date());
  const { question, access } = loaded;
  await db().$transaction(async (tx) => {
    const { count } = await tx.argument.updateMany({ where: { id: argumentId, ...change.where }, data: change.data });
    if (count === 0) throw new DomainError(409, `already_${PAST[action]}`, change.already);
    await recordDebateAudit(tx, actor, access.groupId, `argument.${PAST[action]}`, argumentId, { documentId: question.documentId, questionId: question.id, ...(reason ? { reason } : {}) });
    // The author hears that their argument was hidden, and again when it is restored.
    if ((action === "hide" || action === "restore") && argument.authorId && argument.authorId !== actorId) {
      const item = await tx.inboxItem.create({
        data: { userId: argument.authorId, kind: action === "hide" ? "hidden" : "restored", actorId, documentId: question.documentId, data: { targetType: "argument", questionId: question.id, argumentId, reason: reason ?? "" } },
      });
      await enqueueNotificationMail([item], tx);
    }
  });
  announceDebateChange(question.documentId, question.id, [argumentId]);
  return (await argumentView(actor, loaded, argumentId))!;
}
