import { db, Prisma } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { pastScheduledClose } from "@/lib/debates/close-due-questions";
import { documentUrl } from "@/lib/documents";
import { debateUrl, type HomeDebate, type HomeFeed, type HomeGroup } from "./present";

const PAPERS_PER_GROUP = 50;
const REPLY_KINDS = new Set(["reply", "reply-to-reply"]);

/**
 * The signed-in home page: for each of the member's groups, its papers with what waits there
 * for this member (unread replies and mentions, open debates and their timers, annotations by
 * others since their last visit), and the group's import and invite entry points when the
 * policy allows them. Five queries whatever the number of groups and papers.
 */
export async function loadHomeFeed(actor: UserActor, now = new Date()): Promise<HomeFeed> {
  const memberships = await db().membership.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "asc" }],
    select: {
      role: true,
      group: {
        select: {
          id: true,
          slug: true,
          name: true,
          documents: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: PAPERS_PER_GROUP, select: { id: true, title: true, createdAt: true } },
        },
      },
    },
  });
  const documentIds = memberships.flatMap((m) => m.group.documents.map((d) => d.id));
  if (documentIds.length === 0) return { groups: memberships.map((m) => group(actor, m, [])) };

  const [visits, fresh, unread, questions] = await Promise.all([
    db().documentVisit.findMany({ where: { userId: actor.userId, documentId: { in: documentIds } }, select: { documentId: true, lastVisitedAt: true } }),
    // Others' annotations the member can see, newer than their last visit (all, if never visited).
    db().$queryRaw<{ documentId: string; n: number }[]>(Prisma.sql`
      SELECT a."documentId", count(*)::int AS n
      FROM "Annotation" a
      LEFT JOIN "DocumentVisit" v ON v."documentId" = a."documentId" AND v."userId" = ${actor.userId}
      WHERE a."documentId" IN (${Prisma.join(documentIds)})
        AND a.visibility = 'group' AND a."hiddenAt" IS NULL
        AND a."authorId" IS DISTINCT FROM ${actor.userId}
        AND (v."lastVisitedAt" IS NULL OR a."createdAt" > v."lastVisitedAt")
      GROUP BY a."documentId"`),
    db().inboxItem.groupBy({ by: ["documentId", "kind"], where: { userId: actor.userId, readAt: null, documentId: { in: documentIds } }, _count: { _all: true } }),
    db().question.findMany({
      where: { documentId: { in: documentIds }, status: "open" },
      orderBy: [{ createdAt: "asc" }],
      select: { id: true, documentId: true, text: true, status: true, closesAt: true, roundEndsAt: true },
    }),
  ]);

  const visitOf = new Map(visits.map((v) => [v.documentId, v.lastVisitedAt]));
  const freshOf = new Map(fresh.map((row) => [row.documentId, row.n]));
  const debatesOf = new Map<string, HomeDebate[]>();
  for (const q of questions) {
    // A scheduled close that has passed reads as closed, as everywhere else.
    if (pastScheduledClose(q, now)) continue;
    const list = debatesOf.get(q.documentId) ?? [];
    list.push({
      id: q.id,
      text: q.text,
      url: debateUrl(q.documentId, q.id),
      closesAt: q.closesAt?.toISOString() ?? null,
      roundEndsAt: q.roundEndsAt && q.roundEndsAt > now ? q.roundEndsAt.toISOString() : null,
    });
    debatesOf.set(q.documentId, list);
  }
  const unreadOf = new Map<string, { replies: number; mentions: number; other: number }>();
  for (const row of unread) {
    if (!row.documentId) continue;
    const counts = unreadOf.get(row.documentId) ?? { replies: 0, mentions: 0, other: 0 };
    if (REPLY_KINDS.has(row.kind)) counts.replies += row._count._all;
    else if (row.kind === "mention") counts.mentions += row._count._all;
    else counts.other += row._count._all;
    unreadOf.set(row.documentId, counts);
  }

  return {
    groups: memberships.map((m) =>
      group(
        actor,
        m,
        m.group.documents.map((d) => {
          const counts = unreadOf.get(d.id) ?? { replies: 0, mentions: 0, other: 0 };
          return {
            id: d.id,
            title: d.title,
            url: documentUrl(d.id),
            createdAt: d.createdAt.toISOString(),
            lastVisitedAt: visitOf.get(d.id)?.toISOString() ?? null,
            newAnnotations: freshOf.get(d.id) ?? 0,
            unreadReplies: counts.replies,
            unreadMentions: counts.mentions,
            otherUnread: counts.other,
            openDebates: debatesOf.get(d.id) ?? [],
          };
        }),
      ),
    ),
  };
}

type MembershipRow = { role: HomeGroup["role"]; group: { id: string; slug: string; name: string } };

function group(actor: UserActor, m: MembershipRow, papers: HomeGroup["papers"]): HomeGroup {
  const access = { groupId: m.group.id, groupRole: m.role };
  const url = `/groups/${m.group.slug}`;
  return {
    slug: m.group.slug,
    name: m.group.name,
    role: m.role,
    url,
    canImport: can(actor, "document.import", access),
    importUrl: `/import?group=${encodeURIComponent(m.group.slug)}`,
    inviteUrl: can(actor, "group.invite", access) ? `${url}#invites-heading` : null,
    papers,
  };
}
