import { db } from "@/lib/db";
import type { ReactionCount } from "./present";
import { REACTION_EMOJIS, type ReactionTarget } from "./schemas";

const ORDER = new Map<string, number>(REACTION_EMOJIS.map((emoji, index) => [emoji, index]));

/**
 * Reaction counts per target (emoji, count, and whether `userId` is among them), in the fixed
 * emoji order, emojis nobody used left out. Two queries for any number of targets.
 */
export async function reactionCounts(targetType: ReactionTarget, targetIds: string[], userId: string): Promise<Map<string, ReactionCount[]>> {
  const result = new Map<string, ReactionCount[]>();
  if (targetIds.length === 0) return result;
  const where = { targetType, targetId: { in: targetIds } };
  const [groups, mine] = await Promise.all([
    db().reaction.groupBy({ by: ["targetId", "emoji"], where, _count: { _all: true } }),
    db().reaction.findMany({ where: { ...where, userId }, select: { targetId: true, emoji: true } }),
  ]);
  const myKeys = new Set(mine.map((reaction) => `${reaction.targetId} ${reaction.emoji}`));
  for (const group of groups) {
    const list = result.get(group.targetId) ?? [];
    list.push({ emoji: group.emoji, count: group._count._all, mine: myKeys.has(`${group.targetId} ${group.emoji}`) });
    result.set(group.targetId, list);
  }
  for (const list of result.values()) list.sort((a, b) => (ORDER.get(a.emoji) ?? 99) - (ORDER.get(b.emoji) ?? 99));
  return result;
}
