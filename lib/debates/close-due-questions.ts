import { db } from "@/lib/db";
import { broadcastToDocument } from "@/lib/collab/broadcast";
import { notifyDebateEvent } from "@/lib/mail/notify-debate-event";

/** True for an open question whose scheduled close has passed: it reads, and is about to be, closed. */
export function pastScheduledClose(question: { status: string; closesAt: Date | null }, now: Date): boolean {
  return question.status === "open" && question.closesAt !== null && question.closesAt.getTime() <= now.getTime();
}

/**
 * Closes open questions whose scheduled close has passed, lazily, on whatever read or write
 * touches them. The UPDATE is conditional on status 'open', so however many requests race,
 * each question is closed once and announced once. The outcome stays null (presented as
 * "closed on schedule"); closedAt is the scheduled time, and the round stops.
 */
export async function closeDueQuestions(scope: { documentId: string } | { questionId: string }): Promise<string[]> {
  const rows =
    "questionId" in scope
      ? await db().$queryRaw<{ id: string; documentId: string }[]>`
          UPDATE "Question" SET status = 'closed', "closedAt" = "closesAt", "roundStartedAt" = NULL, "roundEndsAt" = NULL, "updatedAt" = now()
          WHERE id = ${scope.questionId} AND status = 'open' AND "closesAt" <= now() RETURNING id, "documentId"`
      : await db().$queryRaw<{ id: string; documentId: string }[]>`
          UPDATE "Question" SET status = 'closed', "closedAt" = "closesAt", "roundStartedAt" = NULL, "roundEndsAt" = NULL, "updatedAt" = now()
          WHERE "documentId" = ${scope.documentId} AND status = 'open' AND "closesAt" <= now() RETURNING id, "documentId"`;
  // The conditional UPDATE closes each question once, so its participants are told once.
  for (const row of rows) await notifyDebateEvent("closed", row.id, null);
  if (rows.length > 0) broadcastToDocument({ type: "questions-changed", documentId: rows[0].documentId, ids: rows.map((row) => row.id) });
  return rows.map((row) => row.id);
}
