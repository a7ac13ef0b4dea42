/** Who is acting: a signed-in user, or nobody. API tokens (issue 3) will add a kind. */
export type Actor =
  | { kind: "user"; userId: string; name: string; color: string }
  | { kind: "anonymous" };

export const ANONYMOUS: Actor = { kind: "anonymous" };

export function isSignedIn(actor: Actor): actor is Extract<Actor, { kind: "user" }> {
  return actor.kind === "user";
}
