import type { Actor } from "@/lib/auth/actor";
import { listArguments } from "./list-arguments";
import type { DebateListing } from "./present";

/** How many arguments the debate page renders on the server; the rest follow from the API once it runs. */
export const FIRST_ARGUMENTS = 50;

export interface FirstArguments {
  /** The question and the first arguments in display order (a prefix of listArguments' items). */
  listing: DebateListing;
  /** False when there are more: the page then fetches the whole listing after hydration. */
  complete: boolean;
}

/**
 * The opening of a debate for its page. A debate of 2,000 arguments is megabytes of markup
 * plus the same data again as client props, so the server renders only the first screens of
 * the outline (in the final order) and the client loads the full listing right after hydration.
 */
export async function listFirstArguments(actor: Actor, questionId: string, limit = FIRST_ARGUMENTS): Promise<FirstArguments> {
  const listing = await listArguments(actor, questionId, limit + 1);
  return { listing: { ...listing, items: listing.items.slice(0, limit) }, complete: listing.items.length <= limit };
}
