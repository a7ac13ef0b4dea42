import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { can, type GroupRole } from "@/lib/auth/policy";
import { documentUrl } from "@/lib/documents/present";
import { questionUrl } from "@/lib/debates/present-question";
import { listInbox } from "@/lib/threads/list-inbox";

export interface DigestPaper {
  documentId: string;
  title: string;
  url: string;
  /** What happened in the window, counted over what every member may read. */
  counts: { annotations: number; replies: number; arguments: number; stances: number };
}

export interface Digest {
  groupId: string;
  groupName: string;
  groupUrl: string;
  since: Date;
  until: Date;
  papers: DigestPaper[];
  /** Unread inbox items of the window addressed to the member, as the inbox presents them. */
  forYou: { summary: string; documentTitle: string | null; url: string }[];
  /** For moderators and owners only: the flag queue and questions members proposed. */
  moderation: { openFlags: { documentTitle: string; count: number; url: string }[]; proposedQuestions: { text: string; url: string }[]; dashboardUrl: string } | null;
}

type CountRow = { documentId: string; count: bigint };

/** Counts per paper of the group: only group-visible, unhidden content, never per person. */
async function countsByPaper(groupId: string, since: Date, until: Date) {
  const [annotations, replies, argumentsRows, stances] = await Promise.all([
    db().$queryRaw<CountRow[]>`SELECT a."documentId", count(*) AS count FROM "Annotation" a JOIN "Document" d ON d.id = a."documentId"
      WHERE d."groupId" = ${groupId} AND a.visibility = 'group' AND a."hiddenAt" IS NULL AND a."createdAt" >= ${since} AND a."createdAt" < ${until} GROUP BY 1`,
    db().$queryRaw<CountRow[]>`SELECT a."documentId", count(*) AS count FROM "Reply" r JOIN "Annotation" a ON a.id = r."annotationId" JOIN "Document" d ON d.id = a."documentId"
      WHERE d."groupId" = ${groupId} AND a.visibility = 'group' AND a."hiddenAt" IS NULL AND r."hiddenAt" IS NULL AND r."createdAt" >= ${since} AND r."createdAt" < ${until} GROUP BY 1`,
    db().$queryRaw<CountRow[]>`SELECT q."documentId", count(*) AS count FROM "Argument" g JOIN "Question" q ON q.id = g."questionId" JOIN "Document" d ON d.id = q."documentId"
      WHERE d."groupId" = ${groupId} AND g.status = 'visible' AND g."createdAt" >= ${since} AND g."createdAt" < ${until} GROUP BY 1`,
    db().$queryRaw<CountRow[]>`SELECT a."documentId", count(*) AS count FROM "ClaimStance" s JOIN "Annotation" a ON a.id = s."annotationId" JOIN "Document" d ON d.id = a."documentId"
      WHERE d."groupId" = ${groupId} AND a.visibility = 'group' AND a."hiddenAt" IS NULL AND s."updatedAt" >= ${since} AND s."updatedAt" < ${until} GROUP BY 1`,
  ]);
  const table = new Map<string, DigestPaper["counts"]>();
  const add = (rows: CountRow[], key: keyof DigestPaper["counts"]) => {
    for (const row of rows) {
      const counts = table.get(row.documentId) ?? { annotations: 0, replies: 0, arguments: 0, stances: 0 };
      counts[key] = Number(row.count);
      table.set(row.documentId, counts);
    }
  };
  add(annotations, "annotations");
  add(replies, "replies");
  add(argumentsRows, "arguments");
  add(stances, "stances");
  return table;
}

/**
 * A member's digest of one group for a window of time, built through the policy at the
 * moment it is sent: null when they are no longer a member or nothing happened. A digest
 * counts content and lists what is addressed to the member; it never names, counts or ranks
 * other people.
 */
export async function buildDigest(userId: string, groupId: string, since: Date, until: Date, appUrl: string): Promise<Digest | null> {
  const group = await db().group.findUnique({
    where: { id: groupId },
    select: { id: true, slug: true, name: true, documents: { select: { id: true, title: true }, orderBy: { createdAt: "asc" } }, memberships: { where: { userId }, select: { role: true } } },
  });
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, name: true, color: true, deletedAt: true } });
  if (!group || !user || user.deletedAt) return null;
  const actor: UserActor = { kind: "user", userId, name: user.name, color: user.color, via: "session" };
  const access = { groupId, groupRole: (group.memberships[0]?.role ?? null) as GroupRole | null };
  if (!can(actor, "group.read", access)) return null;

  const titles = new Map(group.documents.map((doc) => [doc.id, doc.title]));
  const counts = await countsByPaper(groupId, since, until);
  const papers = group.documents.flatMap((doc) => {
    const paperCounts = counts.get(doc.id);
    return paperCounts ? [{ documentId: doc.id, title: doc.title, url: `${appUrl}${documentUrl(doc.id)}`, counts: paperCounts }] : [];
  });

  const inbox = await listInbox(actor, { unread: "true", limit: 100 });
  const forYou = inbox.items
    .filter((item) => item.documentId !== null && titles.has(item.documentId) && item.url !== null && Date.parse(item.createdAt) >= since.getTime() && Date.parse(item.createdAt) < until.getTime())
    .map((item) => ({ summary: item.summary, documentTitle: item.documentTitle, url: `${appUrl}${item.url}` }));

  let moderation: Digest["moderation"] = null;
  if (can(actor, "group.moderate", access) && group.documents.length > 0) {
    const ids = group.documents.map((doc) => doc.id);
    const [flags, proposed] = await Promise.all([
      db().flag.groupBy({ by: ["documentId", "targetType", "targetId"], where: { documentId: { in: ids }, resolvedAt: null } }),
      db().question.findMany({ where: { documentId: { in: ids }, status: "proposed", proposedById: { not: null } }, select: { id: true, documentId: true, text: true }, orderBy: { createdAt: "asc" }, take: 20 }),
    ]);
    const flagged = new Map<string, number>();
    for (const row of flags) flagged.set(row.documentId, (flagged.get(row.documentId) ?? 0) + 1);
    const dashboardUrl = `${appUrl}/groups/${group.slug}/dashboard`;
    moderation = {
      openFlags: [...flagged].map(([documentId, count]) => ({ documentTitle: titles.get(documentId) ?? "", count, url: dashboardUrl })),
      proposedQuestions: proposed.map((question) => ({ text: question.text, url: `${appUrl}${questionUrl(question.documentId, question.id)}` })),
      dashboardUrl,
    };
    if (moderation.openFlags.length === 0 && moderation.proposedQuestions.length === 0) moderation = null;
  }

  if (papers.length === 0 && forYou.length === 0 && !moderation) return null;
  return { groupId, groupName: group.name, groupUrl: `${appUrl}/groups/${group.slug}`, since, until, papers, forYou, moderation };
}

