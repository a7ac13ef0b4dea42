import { db } from "@/lib/db";
import { closeDueQuestions } from "@/lib/debates/close-due-questions";
import { isUniqueViolation } from "@/lib/groups/errors";
import { mailConfig, type MailConfig } from "./config";
import { debateParticipants } from "./notify-debate-event";

/** How long before a scheduled close participants hear that it is coming. */
export const CLOSING_NOTICE_MS = 24 * 3600_000;

/**
 * Closes debates whose scheduled close has passed even when nobody opens them (closing tells
 * their participants, see closeDueQuestions), then tells the participants of debates that
 * close within a day. Each "closes soon" notice is keyed by question, close time and member,
 * so however many instances sweep, each member hears once per scheduled close.
 */
export async function sweepDebates(options: { now?: Date; config?: MailConfig } = {}): Promise<{ closed: number; closingNotices: number }> {
  const config = options.config ?? mailConfig();
  const now = options.now ?? new Date();
  const dueDocuments = await db().question.findMany({ where: { status: "open", closesAt: { lte: now } }, select: { documentId: true }, distinct: ["documentId"], take: 100 });
  let closed = 0;
  for (const { documentId } of dueDocuments) closed += (await closeDueQuestions({ documentId })).length;
  if (config.mode === "off") return { closed, closingNotices: 0 };

  const closing = await db().question.findMany({ where: { status: "open", closesAt: { gt: now, lte: new Date(now.getTime() + CLOSING_NOTICE_MS) } }, select: { id: true, closesAt: true }, take: 200 });
  let closingNotices = 0;
  for (const question of closing) {
    const found = await debateParticipants(question.id);
    if (!found || !question.closesAt) continue;
    const keyOf = (userId: string) => `closing:${question.id}:${question.closesAt!.toISOString()}:${userId}`;
    const existing = await db().mailOutbox.findMany({ where: { dedupeKey: { in: found.userIds.map(keyOf) } }, select: { dedupeKey: true } });
    const told = new Set(existing.map((row) => row.dedupeKey));
    const data = { questionId: question.id, questionText: found.question.text, closesAt: question.closesAt.toISOString() };
    for (const userId of found.userIds.filter((id) => !told.has(keyOf(id)))) {
      try {
        await db().$transaction(async (tx) => {
          const item = await tx.inboxItem.create({ data: { userId, kind: "debate-closing", documentId: found.question.documentId, data }, select: { id: true } });
          await tx.mailOutbox.create({ data: { userId, kind: "debates", inboxItemId: item.id, dueAt: new Date(now.getTime() + Math.min(config.delayMs, CLOSING_NOTICE_MS / 4)), dedupeKey: keyOf(userId) } });
        });
        closingNotices += 1;
      } catch (error) {
        // Another instance told this member first; its transaction won, ours rolled back.
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }
  return { closed, closingNotices };
}
