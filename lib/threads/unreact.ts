import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { ReactionsDTO } from "./present";
import { loadReactionTarget, reactionsAfterChange } from "./reaction-target";
import { reactionInput, type ReactionInput } from "./schemas";

/** Removes the member's own reaction; removing one that is not there changes nothing. */
export async function unreact(actor: Actor, input: ReactionInput): Promise<ReactionsDTO> {
  const { targetType, targetId, emoji } = reactionInput.parse(input);
  const target = await loadReactionTarget(actor, targetType, targetId);
  await db().reaction.deleteMany({ where: { targetType, targetId, emoji, userId: target.thread.actor.userId } });
  return reactionsAfterChange(target);
}
