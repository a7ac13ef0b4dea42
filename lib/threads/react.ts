import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { ReactionsDTO } from "./present";
import { loadReactionTarget, reactionsAfterChange } from "./reaction-target";
import { reactionInput, type ReactionInput } from "./schemas";

/**
 * Adds the member's reaction (one per member per target per emoji). Reacting again with the
 * same emoji changes nothing: the unique index absorbs double clicks and races alike.
 */
export async function react(actor: Actor, input: ReactionInput): Promise<ReactionsDTO> {
  const { targetType, targetId, emoji } = reactionInput.parse(input);
  const target = await loadReactionTarget(actor, targetType, targetId);
  await db().reaction.createMany({ data: [{ targetType, targetId, emoji, userId: target.thread.actor.userId }], skipDuplicates: true });
  return reactionsAfterChange(target);
}
