import { db } from "@/lib/db";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { describeInboxItem, excerptOf } from "./describe-inbox-item";
import { requireUser } from "./load-thread";
import { annotationUrl, PERSON_SELECT, presentPerson, type InboxKind, type InboxPage } from "./present";
import { questionUrl } from "@/lib/debates/present-question";
import { listInboxQuery, type ListInboxQuery } from "./schemas";

interface Hideable {
  authorId: string | null;
  hiddenAt: Date | null;
}

/**
 * What the page's items point at, as the recipient may see it now: documents of groups they
 * are still in, annotations and replies not private to someone else nor hidden from them. An
 * item whose target became unreadable keeps its sentence but loses its title, excerpt and link.
 */
async function loadTargets(user: UserActor, items: { actorId: string | null; documentId: string | null; annotationId: string | null; replyId: string | null }[]) {
  const ids = (pick: (item: (typeof items)[number]) => string | null) => [...new Set(items.map(pick).filter((id): id is string => id !== null))];
  const me = user.userId;
  const [people, documents, annotations, replies] = await Promise.all([
    db().user.findMany({ where: { id: { in: ids((item) => item.actorId) } }, select: PERSON_SELECT }),
    db().document.findMany({
      where: { id: { in: ids((item) => item.documentId) }, group: { memberships: { some: { userId: me } } } },
      select: { id: true, title: true, groupId: true, group: { select: { memberships: { where: { userId: me }, select: { role: true } } } } },
    }),
    db().annotation.findMany({ where: { id: { in: ids((item) => item.annotationId) } }, select: { id: true, documentId: true, body: true, quote: true, authorId: true, visibility: true, hiddenAt: true } }),
    db().reply.findMany({ where: { id: { in: ids((item) => item.replyId) } }, select: { id: true, annotationId: true, body: true, authorId: true, hiddenAt: true, asAuthor: true } }),
  ]);
  const moderates = new Set(
    documents.filter((doc) => can(user, "group.moderate", { groupId: doc.groupId, groupRole: doc.group.memberships[0]?.role ?? null })).map((doc) => doc.id),
  );
  const visible = (row: Hideable, documentId: string) => !row.hiddenAt || row.authorId === me || moderates.has(documentId);
  const documentById = new Map(documents.map((doc) => [doc.id, doc]));
  const annotationById = new Map(
    annotations.filter((row) => documentById.has(row.documentId) && (row.visibility === "group" || row.authorId === me) && visible(row, row.documentId)).map((row) => [row.id, row]),
  );
  const replyById = new Map(
    replies.flatMap((row) => {
      const annotation = annotationById.get(row.annotationId);
      return annotation && visible(row, annotation.documentId) ? [[row.id, row] as const] : [];
    }),
  );
  return { personById: new Map(people.map((person) => [person.id, person])), documentById, annotationById, replyById };
}

/** My inbox, newest first, paged, with how many items are unread in all. */
export async function listInbox(actor: Actor, query: ListInboxQuery = {}): Promise<InboxPage> {
  const user = requireUser(actor, "Sign in to read your inbox.");
  const { cursor, limit, unread } = listInboxQuery.parse(query);
  const where = { userId: user.userId, ...(unread === "true" ? { readAt: null } : {}) };
  const [rows, unreadCount] = await Promise.all([
    db().inboxItem.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit + 1, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) }),
    db().inboxItem.count({ where: { userId: user.userId, readAt: null } }),
  ]);
  const page = rows.slice(0, limit);
  const { personById, documentById, annotationById, replyById } = await loadTargets(user, page);

  const items = page.map((row) => {
    const actorRow = row.actorId ? (personById.get(row.actorId) ?? null) : null;
    const actorRef = row.actorId ? presentPerson(actorRow) : null;
    const document = row.documentId ? documentById.get(row.documentId) : undefined;
    const annotation = row.annotationId ? annotationById.get(row.annotationId) : undefined;
    const reply = row.replyId ? replyById.get(row.replyId) : undefined;
    const source = row.replyId ? reply?.body : annotation && (annotation.body || annotation.quote);
    return {
      id: row.id,
      kind: row.kind as InboxKind,
      read: row.readAt !== null,
      readAt: row.readAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      actor: actorRef,
      summary: describeInboxItem(row.kind, actorRef?.name ?? "Someone", { reply: row.replyId !== null, data: (row.data ?? {}) as Record<string, unknown> }),
      documentId: row.documentId,
      documentTitle: document?.title ?? null,
      annotationId: row.annotationId,
      replyId: row.replyId,
      excerpt: source ? excerptOf(source) : null,
      asAuthor: reply?.asAuthor ?? false,
      url: document ? inboxItemUrl(document.id, annotation?.id ?? null, row.data) : null,
    };
  });
  return { items, nextCursor: rows.length > limit ? page[page.length - 1].id : null, unreadCount };
}

/** Notices about a debate argument lead to its debate; the others to the annotation. */
function inboxItemUrl(documentId: string, annotationId: string | null, data: unknown): string {
  const questionId = (data as { questionId?: unknown } | null)?.questionId;
  return typeof questionId === "string" ? questionUrl(documentId, questionId) : annotationUrl(documentId, annotationId);
}
