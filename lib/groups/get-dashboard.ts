import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { pastScheduledClose } from "@/lib/debates/close-due-questions";
import { listPresentUsers, type PresentUser } from "@/lib/collab/list-present-users";
import { documentUrl } from "@/lib/documents/present";
import { groupFlaggedItems, GROUP_FLAG_LIMIT } from "@/lib/moderation/list-group-flags";
import { recentlyHidden, type HiddenItem } from "@/lib/moderation/list-hidden-items";
import type { FlaggedItem } from "@/lib/moderation/present";
import { excerptOf } from "@/lib/threads/describe-inbox-item";
import { annotationUrl, PERSON_SELECT, presentPerson, type PersonRef } from "@/lib/threads/present";
import { countParticipation, type Participation } from "./count-participation";
import { authorizeGroup } from "./load-group-access";
import { groupUrl } from "./present";

const UNANSWERED_LIMIT = 50;
const CLOSED_LIMIT = 20;

export interface DashboardQuestion {
  id: string;
  documentId: string;
  documentTitle: string;
  text: string;
  /** Effective: an open question whose scheduled close has passed reads "closed". */
  status: "proposed" | "approved" | "open" | "closed";
  origin: string;
  proposedBy: PersonRef | null;
  closesAt: string | null;
  closedAt: string | null;
  round: { startedAt: string; endsAt: string } | null;
  argumentCount: number;
  url: string;
}

export interface UnansweredQuestion {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  quote: string;
  excerpt: string;
  author: PersonRef;
  replyCount: number;
  createdAt: string;
  url: string;
}

export interface DashboardDTO {
  group: { id: string; slug: string; name: string; url: string };
  /** The server's clock, so timers and "updated … ago" do not depend on the client's. */
  serverNow: string;
  presence: { documentId: string; title: string; url: string; users: PresentUser[]; guests: number }[];
  flags: (FlaggedItem & { documentTitle: string; url: string })[];
  /** True when the queue holds more than the dashboard shows. */
  moreFlags: boolean;
  hidden: (HiddenItem & { documentTitle: string; url: string })[];
  proposedQuestions: DashboardQuestion[];
  unansweredQuestions: UnansweredQuestion[];
  debates: { open: DashboardQuestion[]; approved: DashboardQuestion[]; closed: DashboardQuestion[] };
  participation: Participation;
}

type QuestionRow = Awaited<ReturnType<typeof loadQuestions>>[number];

function loadQuestions(documentIds: string[]) {
  return db().question.findMany({
    where: { documentId: { in: documentIds }, status: { in: ["proposed", "approved", "open", "closed"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      documentId: true,
      text: true,
      status: true,
      origin: true,
      proposedById: true,
      closesAt: true,
      closedAt: true,
      roundStartedAt: true,
      roundEndsAt: true,
      _count: { select: { arguments: { where: { status: { not: "merged" } } } } },
    },
  });
}

function presentQuestion(row: QuestionRow, titles: Map<string, string>, people: Map<string, PersonRef>, now: Date): DashboardQuestion {
  const lapsed = pastScheduledClose(row, now);
  return {
    id: row.id,
    documentId: row.documentId,
    documentTitle: titles.get(row.documentId) ?? "",
    text: row.text,
    status: lapsed ? "closed" : (row.status as DashboardQuestion["status"]),
    origin: row.origin,
    proposedBy: row.proposedById ? (people.get(row.proposedById) ?? presentPerson(null)) : null,
    closesAt: row.closesAt?.toISOString() ?? null,
    closedAt: (row.closedAt ?? (lapsed ? row.closesAt : null))?.toISOString() ?? null,
    round: row.roundStartedAt && row.roundEndsAt ? { startedAt: row.roundStartedAt.toISOString(), endsAt: row.roundEndsAt.toISOString() } : null,
    argumentCount: row._count.arguments,
    url: `${documentUrl(row.documentId)}/debates/${row.id}`,
  };
}

async function loadUnanswered(documentIds: string[], titles: Map<string, string>): Promise<UnansweredQuestion[]> {
  const rows = await db().annotation.findMany({
    where: { documentId: { in: documentIds }, kind: "question", visibility: "group", answerId: null, resolvedAt: null, hiddenAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: UNANSWERED_LIMIT,
    select: { id: true, documentId: true, quote: true, body: true, createdAt: true, author: { select: PERSON_SELECT }, _count: { select: { replies: true } } },
  });
  return rows.map((row) => ({
    annotationId: row.id,
    documentId: row.documentId,
    documentTitle: titles.get(row.documentId) ?? "",
    quote: row.quote,
    excerpt: excerptOf(row.body),
    author: presentPerson(row.author),
    replyCount: row._count.replies,
    createdAt: row.createdAt.toISOString(),
    url: annotationUrl(row.documentId, row.id),
  }));
}

/**
 * Everything a moderator needs to run the room, for one group (moderators and owners; 403 for
 * other members, 404 for non-members): who is reading now, the flag queue and recently hidden
 * items, proposed and unanswered questions, debates by phase with their timers, and plain
 * participation counts per member (by name; never a score or a ranking).
 */
export async function getDashboard(actor: Actor, slug: string): Promise<DashboardDTO> {
  const group = await authorizeGroup(actor, slug, "group.moderate", "Only the group’s moderators and owners see its dashboard.");
  const now = new Date();
  const documents = await db().document.findMany({ where: { groupId: group.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, title: true } });
  const ids = documents.map((document) => document.id);
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const [flags, hidden, questions, unansweredQuestions, participation] = await Promise.all([
    groupFlaggedItems(group.id),
    recentlyHidden(ids),
    loadQuestions(ids),
    loadUnanswered(ids, titles),
    countParticipation(group.id),
  ]);
  const proposerIds = [...new Set(questions.map((row) => row.proposedById).filter((id): id is string => id !== null))];
  const proposers = proposerIds.length === 0 ? [] : await db().user.findMany({ where: { id: { in: proposerIds } }, select: PERSON_SELECT });
  const people = new Map(proposers.map((row) => [row.id, presentPerson(row)]));
  const all = questions.map((row) => presentQuestion(row, titles, people, now));
  const inPhase = (status: DashboardQuestion["status"]) => all.filter((question) => question.status === status);
  const withPlace = <T extends { documentId: string; annotationId: string }>(item: T) => ({ ...item, documentTitle: titles.get(item.documentId) ?? "", url: annotationUrl(item.documentId, item.annotationId) });
  const presence = listPresentUsers(ids).map((entry) => ({ ...entry, title: titles.get(entry.documentId) ?? "", url: documentUrl(entry.documentId) }));

  return {
    group: { id: group.id, slug: group.slug, name: group.name, url: groupUrl(group.slug) },
    serverNow: now.toISOString(),
    presence,
    flags: flags.map(withPlace),
    moreFlags: flags.length >= GROUP_FLAG_LIMIT,
    hidden: hidden.map(withPlace),
    proposedQuestions: inPhase("proposed"),
    unansweredQuestions,
    debates: {
      open: inPhase("open"),
      approved: inPhase("approved"),
      // Most recently closed first; older ones live on their papers' debate pages.
      closed: inPhase("closed")
        .sort((a, b) => (b.closedAt ?? "").localeCompare(a.closedAt ?? ""))
        .slice(0, CLOSED_LIMIT),
    },
    participation,
  };
}
