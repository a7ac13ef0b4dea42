import { db, type Prisma } from "@/lib/db";
import { findMentions } from "./mentions";
import { notify, type Notice } from "./notify";

export interface MentionSource {
  groupId: string;
  documentId: string;
  annotationId: string;
  /** The reply the mentions are in; null or absent for the annotation's own body. */
  replyId?: string | null;
  actorId: string;
  body: string;
  /** On an edit: the body before it. Members it already mentioned are not told again. */
  previousBody?: string;
}

type Client = Pick<Prisma.TransactionClient, "membership" | "annotation" | "inboxItem" | "mailOutbox">;

/** The "mention" notices for a body: one per group member it mentions (notify filters further). */
export async function mentionNotices(source: MentionSource, client: Pick<Client, "membership"> = db()): Promise<Notice[]> {
  if (!source.body.includes("@")) return [];
  const memberships = await client.membership.findMany({
    where: { groupId: source.groupId, user: { deletedAt: null } },
    select: { user: { select: { id: true, name: true } } },
  });
  const members = memberships.map((membership) => membership.user);
  const already = new Set(source.previousBody ? findMentions(source.previousBody, members).map((member) => member.id) : []);
  return findMentions(source.body, members)
    .filter((member) => !already.has(member.id))
    .map((member) => ({
      userId: member.id,
      kind: "mention" as const,
      actorId: source.actorId,
      documentId: source.documentId,
      annotationId: source.annotationId,
      replyId: source.replyId ?? null,
    }));
}

/**
 * Tells the members a body mentions. For annotation bodies: call after creating or editing an
 * annotation (with `previousBody` on edits). Private annotations notify nobody but their author.
 */
export async function notifyMentions(source: MentionSource, client: Client = db()): Promise<number> {
  return notify(await mentionNotices(source, client), client);
}
