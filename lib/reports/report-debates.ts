import { db } from "@/lib/db";
import { pastScheduledClose } from "@/lib/debates/close-due-questions";
import { layoutArgumentMap } from "@/lib/debates/map-layout";
import type { QuestionStatus } from "@/lib/debates/present";
import { questionLink } from "./links";
import { personName } from "./report-annotations";
import { debateBalance, round2 } from "./rank";
import type { ReportArgument, ReportDebate, ReportOpenQuestion } from "./types";

export const ANONYMOUS_PARTICIPANT = "Anonymous participant";
const STILL_OPEN: QuestionStatus[] = ["proposed", "approved", "open"];

/** An open question whose scheduled close has passed reads as closed (as lib/debates presents it). */
export function effectiveStatus(question: { status: QuestionStatus; closesAt: Date | null }, now: Date): QuestionStatus {
  return pastScheduledClose(question, now) ? "closed" : question.status;
}

/**
 * The debates of a document for the report: every question with visible arguments (hidden and
 * merged ones are left out), its balance, a plain participant count, and the map laid out by
 * the debate UI's own layout. In an anonymous debate an argument carries its author's pseudonym
 * (or "Anonymous participant"), whoever reads the report: the report is printed and shared.
 * Ratings stay back, as in the debate itself, while the group's setting hides them until close.
 */
export async function loadDebateFacts(documentId: string, ratingVisibility: "always" | "after_rating" | "after_close", now: Date) {
  const [questions, args, ratings, raters, pseudonyms] = await Promise.all([
    db().question.findMany({ where: { documentId, status: { not: "dismissed" } }, orderBy: [{ start: "asc" }, { createdAt: "asc" }, { id: "asc" }] }),
    db().argument.findMany({
      where: { question: { documentId }, status: "visible" },
      orderBy: [{ pinnedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, questionId: true, parentId: true, stance: true, body: true, authorId: true, asAuthor: true, pinnedAt: true, author: { select: { name: true, deletedAt: true } } },
    }),
    db().argumentRating.groupBy({ by: ["argumentId"], where: { argument: { question: { documentId }, status: "visible" } }, _avg: { value: true }, _count: { _all: true } }),
    db().argumentRating.findMany({ where: { argument: { question: { documentId }, status: "visible" } }, select: { userId: true, argument: { select: { questionId: true } } } }),
    db().debatePseudonym.findMany({ where: { question: { documentId, anonymous: true } }, select: { questionId: true, userId: true, name: true } }),
  ]);
  const ratingOf = new Map(ratings.map((r) => [r.argumentId, { mean: r._avg.value === null ? null : round2(r._avg.value), count: r._count._all }]));
  const pseudonymOf = new Map(pseudonyms.map((p) => [`${p.questionId}:${p.userId}`, p.name]));
  const argsOf = new Map<string, typeof args>();
  const people = new Map<string, Set<string>>();
  const join = (questionId: string, userId: string | null) => {
    if (!userId) return;
    let set = people.get(questionId);
    if (!set) people.set(questionId, (set = new Set()));
    set.add(userId);
  };
  for (const arg of args) {
    let list = argsOf.get(arg.questionId);
    if (!list) argsOf.set(arg.questionId, (list = []));
    list.push(arg);
    join(arg.questionId, arg.authorId);
  }
  for (const rater of raters) join(rater.argument.questionId, rater.userId);

  const debates: ReportDebate[] = [];
  const open: ReportOpenQuestion[] = [];
  for (const question of questions) {
    const status = effectiveStatus(question, now);
    const link = questionLink(documentId, question.id);
    const list = argsOf.get(question.id) ?? [];
    if (STILL_OPEN.includes(status)) open.push({ id: question.id, text: question.text, status, origin: question.origin, argumentCount: list.length, link });
    if (list.length === 0) continue;
    const showRatings = ratingVisibility === "always" || status === "closed";
    const authorLabel = (arg: (typeof args)[number]) => {
      if (question.anonymous) return (arg.authorId && pseudonymOf.get(`${question.id}:${arg.authorId}`)) || ANONYMOUS_PARTICIPANT;
      return personName(arg.author);
    };
    const reportArgs: ReportArgument[] = list.map((arg) => {
      const rating = showRatings ? ratingOf.get(arg.id) : undefined;
      return { id: arg.id, parentId: arg.parentId, stance: arg.stance, body: arg.body, author: authorLabel(arg), asAuthor: arg.asAuthor, ratingMean: rating?.mean ?? null, ratingCount: rating?.count ?? 0 };
    });
    const map = layoutArgumentMap(question.text, list.map((arg) => ({ id: arg.id, parentId: arg.parentId, stance: arg.stance, label: arg.body, pinned: arg.pinnedAt !== null })));
    debates.push({
      id: question.id, text: question.text, status, outcome: question.outcome, anonymous: question.anonymous,
      argumentCount: list.length, participants: people.get(question.id)?.size ?? 0,
      balance: showRatings ? debateBalance(reportArgs) : null,
      arguments: mapOrder(reportArgs, map.nodes), map, link,
    });
  }
  return { debates, open, questionCount: questions.length, argumentCount: args.length };
}

/** Arguments in the map's reading order (parents before children), so lists and the map agree. */
function mapOrder(args: ReportArgument[], nodes: { id: string }[]): ReportArgument[] {
  const byId = new Map(args.map((a) => [a.id, a]));
  return nodes.map((n) => byId.get(n.id)!).filter(Boolean);
}
