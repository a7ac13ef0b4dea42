import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { DocumentAccess } from "@/lib/auth/policy";
import { presentQuestion } from "./present-question";
import type { QuestionRow } from "./load-question";
import type { QuestionDTO, RatingVisibility } from "./present";

/**
 * QuestionDTOs for rows of one document, with their argument counts and proposers fetched in
 * two grouped queries for the whole list (never one per question). The group's rating
 * visibility is looked up too unless the caller already loaded it (loadQuestion does).
 */
export async function presentQuestions(actor: Actor, access: DocumentAccess, rows: QuestionRow[], known?: RatingVisibility): Promise<QuestionDTO[]> {
  if (rows.length === 0) return [];
  const proposerIds = [...new Set(rows.map((row) => row.proposedById).filter((id): id is string => id !== null))];
  const [counts, proposers, ratingVisibility] = await Promise.all([
    db().argument.groupBy({ by: ["questionId"], where: { questionId: { in: rows.map((row) => row.id) }, status: { not: "merged" } }, _count: { _all: true } }),
    proposerIds.length === 0 ? [] : db().user.findMany({ where: { id: { in: proposerIds }, deletedAt: null }, select: { id: true, name: true, color: true } }),
    known ?? db().group.findUniqueOrThrow({ where: { id: access.groupId }, select: { ratingVisibility: true } }).then((group) => group.ratingVisibility),
  ]);
  const countOf = new Map(counts.map((count) => [count.questionId, count._count._all]));
  const proposerOf = new Map(proposers.map((user) => [user.id, { name: user.name, color: user.color }]));
  const now = new Date();
  return rows.map((row) =>
    presentQuestion(actor, access, row, {
      argumentCount: countOf.get(row.id) ?? 0,
      proposedBy: row.proposedById ? (proposerOf.get(row.proposedById) ?? null) : null,
      ratingVisibility,
      now,
    }),
  );
}

export async function presentOneQuestion(actor: Actor, access: DocumentAccess, row: QuestionRow, known?: RatingVisibility): Promise<QuestionDTO> {
  return (await presentQuestions(actor, access, [row], known))[0];
}
