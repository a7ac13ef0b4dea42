import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { isUniqueViolation } from "@/lib/groups/errors";
import { announceDebateChange } from "./announce-debate-change";
import { argumentView } from "./argument-views";
import { assertNotMerged, assertOpen, loadArgument } from "./load-argument";
import type { ArgumentDTO } from "./present";
import { ratingInput } from "./schemas";

async function rater(actor: Actor, argumentId: string) {
  const { argument, loaded } = await loadArgument(actor, argumentId, "debate.rate", "Viewers can read the debate but not rate.");
  if (actor.kind !== "user") throw new DomainError(403, "forbidden", "Only members rate.");
  assertNotMerged(argument);
  return { userId: actor.userId, argument, loaded };
}

/**
 * Rates an argument's impact 0..4: one row per member per argument (the composite key), an
 * upsert so concurrent raters each count once. Ratings describe the argument, never its author.
 */
export async function rateArgument(actor: Actor, argumentId: string, input: unknown): Promise<ArgumentDTO> {
  const { userId, argument, loaded } = await rater(actor, argumentId);
  const { value } = ratingInput.parse(input);
  assertOpen(loaded);
  if (argument.status === "hidden") throw new DomainError(409, "argument_hidden", "A hidden argument takes no ratings.");
  const write = () => db().argumentRating.upsert({ where: { argumentId_userId: { argumentId, userId } }, create: { argumentId, userId, value }, update: { value }, select: { value: true } });
  try {
    await write();
  } catch (error) {
    // Should Prisma ever read-then-write, the loser of a race updates the winner's row.
    if (!isUniqueViolation(error)) throw error;
    await write();
  }
  announceDebateChange(loaded.question.documentId, loaded.question.id, [argumentId]);
  return (await argumentView(actor, loaded, argumentId))!;
}

/** Withdraws the actor's rating (none is fine); only while the question is open. */
export async function unrateArgument(actor: Actor, argumentId: string): Promise<ArgumentDTO> {
  const { userId, loaded } = await rater(actor, argumentId);
  assertOpen(loaded);
  const { count } = await db().argumentRating.deleteMany({ where: { argumentId, userId } });
  if (count > 0) announceDebateChange(loaded.question.documentId, loaded.question.id, [argumentId]);
  return (await argumentView(actor, loaded, argumentId))!;
}
