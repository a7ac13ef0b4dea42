import type { Actor } from "@/lib/auth/actor";
import { argumentViews } from "./argument-views";
import { loadQuestion } from "./load-question";
import type { DebateListing } from "./present";
import { presentOneQuestion } from "./question-facts";

/**
 * A question's arguments as a flat list in display order (parents before children), with the
 * question; with `limit`, only the first ones of that order (the whole tree is still sorted).
 */
export async function listArguments(actor: Actor, questionId: string, limit?: number): Promise<DebateListing> {
  const loaded = await loadQuestion(actor, questionId);
  const [{ order, views }, question] = await Promise.all([argumentViews(actor, loaded, undefined, limit), presentOneQuestion(actor, loaded.access, loaded.question, loaded.settings.ratingVisibility)]);
  return { items: order.map((id) => views.get(id)!).filter(Boolean), nextCursor: null, question };
}
