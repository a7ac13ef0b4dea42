import { db, type Prisma } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { can, type DocumentAccess } from "@/lib/auth/policy";
import { enqueueNotificationMail } from "@/lib/mail/enqueue-notification";
import type { InboxKind } from "./present";

/** One inbox item to create: `userId` is told that `actorId` did `kind` on an annotation. */
export interface Notice {
  userId: string;
  kind: InboxKind;
  actorId: string | null;
  documentId: string;
  annotationId: string;
  replyId?: string | null;
  data?: Prisma.InputJsonObject;
}

type Client = Pick<Prisma.TransactionClient, "annotation" | "inboxItem" | "mailOutbox">;

const READER_FIELDS = { name: "", color: "", via: "session" } as const;

/**
 * Creates inbox items, keeping only those the recipient may receive: never to the actor
 * themself, one per person per event (list the most specific notice first), and only when the
 * recipient can read the annotation now: a member of the document's group; for a private
 * annotation, its author alone; for a hidden one, its author and moderators. Pass the
 * transaction client so the items commit with the change they describe. Returns how many
 * items were created.
 */
export async function notify(notices: Notice[], client: Client = db()): Promise<number> {
  const seen = new Set<string>();
  const wanted = notices.filter((notice) => {
    const key = `${notice.userId} ${notice.annotationId} ${notice.replyId ?? ""}`;
    if (notice.userId === notice.actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (wanted.length === 0) return 0;

  const recipients = [...new Set(wanted.map((notice) => notice.userId))];
  const annotations = await client.annotation.findMany({
    where: { id: { in: [...new Set(wanted.map((notice) => notice.annotationId))] } },
    select: {
      id: true,
      documentId: true,
      authorId: true,
      visibility: true,
      hiddenAt: true,
      document: { select: { groupId: true, group: { select: { memberships: { where: { userId: { in: recipients } }, select: { userId: true, role: true } } } } } },
    },
  });
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));

  const readable = (notice: Notice): boolean => {
    const annotation = byId.get(notice.annotationId);
    if (!annotation || annotation.documentId !== notice.documentId) return false;
    const reader: UserActor = { kind: "user", userId: notice.userId, ...READER_FIELDS };
    const access: DocumentAccess = {
      documentId: annotation.documentId,
      groupId: annotation.document.groupId,
      groupRole: annotation.document.group.memberships.find((member) => member.userId === notice.userId)?.role ?? null,
      isAuthor: false,
    };
    const isOwn = annotation.authorId === notice.userId;
    if (!can(reader, "document.read", access)) return false;
    if (annotation.visibility === "private" && !isOwn) return false;
    return !annotation.hiddenAt || isOwn || can(reader, "group.moderate", access);
  };

  const rows = wanted.filter(readable).map((notice) => ({
    userId: notice.userId,
    kind: notice.kind,
    actorId: notice.actorId,
    documentId: notice.documentId,
    annotationId: notice.annotationId,
    replyId: notice.replyId ?? null,
    data: notice.data ?? {},
  }));
  if (rows.length === 0) return 0;
  const created = await client.inboxItem.createManyAndReturn({ data: rows, select: { id: true, userId: true, kind: true } });
  await enqueueNotificationMail(created, client);
  return created.length;
}
