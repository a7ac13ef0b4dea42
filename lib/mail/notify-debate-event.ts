import { db, type Prisma } from "@/lib/db";
import { enqueueNotificationMail } from "./enqueue-notification";

export type DebateEvent = "opened" | "closing" | "closed";

type Client = Pick<Prisma.TransactionClient, "question" | "inboxItem" | "mailOutbox">;

/**
 * Who took part in a debate and may still read it: its proposer, the authors of its
 * arguments and the members who rated one, while they are members of the paper's group
 * (every member may read every debate of the group's papers) and their account exists.
 */
export async function debateParticipants(questionId: string, client: Pick<Prisma.TransactionClient, "question"> = db()): Promise<{ question: { id: string; documentId: string; text: string; outcome: string | null; closesAt: Date | null }; userIds: string[] } | null> {
  const question = await client.question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      documentId: true,
      text: true,
      outcome: true,
      closesAt: true,
      proposedById: true,
      arguments: { select: { authorId: true, ratings: { select: { userId: true } } } },
      document: { select: { group: { select: { memberships: { where: { user: { deletedAt: null } }, select: { userId: true } } } } } },
    },
  });
  if (!question) return null;
  const members = new Set(question.document.group.memberships.map((member) => member.userId));
  const took = new Set<string>();
  if (question.proposedById) took.add(question.proposedById);
  for (const argument of question.arguments) {
    if (argument.authorId) took.add(argument.authorId);
    for (const rating of argument.ratings) took.add(rating.userId);
  }
  const { arguments: _arguments, document: _document, proposedById: _proposer, ...rest } = question;
  return { question: rest, userIds: [...took].filter((id) => members.has(id)) };
}

/**
 * Tells a debate's participants (never the moderator who acted) that it opened or closed, in
 * their inbox and, unless read there first, by e-mail. Pass the transaction of the change.
 */
export async function notifyDebateEvent(event: DebateEvent, questionId: string, actorId: string | null, client: Client = db()): Promise<number> {
  const found = await debateParticipants(questionId, client);
  if (!found) return 0;
  const { question } = found;
  const recipients = found.userIds.filter((id) => id !== actorId);
  if (recipients.length === 0) return 0;
  const data = { questionId: question.id, questionText: question.text, ...(event === "closed" ? { outcome: question.outcome ?? "" } : {}), ...(event === "closing" && question.closesAt ? { closesAt: question.closesAt.toISOString() } : {}) };
  const items = await client.inboxItem.createManyAndReturn({
    data: recipients.map((userId) => ({ userId, kind: `debate-${event}`, actorId, documentId: question.documentId, data })),
    select: { id: true, userId: true, kind: true },
  });
  await enqueueNotificationMail(items, client);
  return items.length;
}
