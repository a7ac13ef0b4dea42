import { db } from "@/lib/db";
import type { QuestionStatus } from "@/lib/debates/present";
import { claimsWorld, CLAIMS_PAPER } from "../support/claims-helpers";
import { addMember, createUser, importPaper, makeAuthor } from "../support/factories";
import { actorFor, type UserActor } from "../support/groups-helpers";

export { CLAIMS_PAPER };

/**
 * The claims world (one member per role, a stranger, a small paper with two citations) plus a
 * participant who is the paper's author, a second paper in the same group (for "another
 * document" cases), and helpers that write questions and arguments straight to the tables.
 */
export async function debatesWorld() {
  const world = await claimsWorld();
  const author = actorFor(await createUser({ name: "Paper Author" }));
  await addMember(world.groupId, author.userId, "participant");
  await makeAuthor(world.documentId, author.userId);
  const otherPaper = await importPaper(world.groupId, "Another paper\n\nEntirely different words live here.\n", "Other paper");
  const group = await db().group.findUniqueOrThrow({ where: { id: world.groupId }, select: { slug: true } });

  async function question(fields: { status?: QuestionStatus; anonymous?: boolean; closesAt?: Date | null; documentId?: string } = {}) {
    return db().question.create({
      data: {
        documentId: fields.documentId ?? world.documentId,
        text: "Does scoring ever help?",
        quote: "Does scoring ever help?",
        status: fields.status ?? "open",
        anonymous: fields.anonymous ?? false,
        closesAt: fields.closesAt ?? null,
        origin: "member",
      },
    });
  }

  async function argue(questionId: string, by: UserActor, fields: { parentId?: string | null; stance?: "pro" | "con"; body?: string } = {}) {
    return db().argument.create({ data: { questionId, parentId: fields.parentId ?? null, stance: fields.stance ?? "pro", body: fields.body ?? "Because it is so.", authorId: by.userId } });
  }

  return { ...world, author, otherPaperId: otherPaper.id, slug: group.slug, question, argue };
}

export type DebatesWorld = Awaited<ReturnType<typeof debatesWorld>>;

/** Counts of everything a failed write could have touched, to assert that nothing changed. */
export async function debateCounts(questionId: string) {
  const [questions, args, ratings, merges, revisions] = await Promise.all([
    db().question.findUniqueOrThrow({ where: { id: questionId }, select: { status: true, outcome: true, text: true, roundEndsAt: true } }),
    db().argument.findMany({ where: { questionId }, select: { id: true, parentId: true, status: true, body: true, stance: true, lockedAt: true, pinnedAt: true }, orderBy: { id: "asc" } }),
    db().argumentRating.count({ where: { argument: { questionId } } }),
    db().argumentMerge.findMany({ where: { questionId }, select: { id: true, undoneAt: true } }),
    db().argumentRevision.count({ where: { argument: { questionId } } }),
  ]);
  return { questions, args, ratings, merges, revisions };
}
