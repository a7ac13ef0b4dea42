/** Who is acting: a signed-in user, or nobody. API tokens (issue 3) will add a kind. */
export type Actor =
  | { kind: "user"; userId: string; name: string; color: string }
  // The admin CLI and the seed: an operator with shell access to the server.
  | { kind: "system" }
  | { kind: "anonymous" };

export const SYSTEM: Actor = { kind: "system" };

export const ANONYMOUS: Actor = { kind: "anonymous" };

export function isSignedIn(actor: Actor): actor is Extract<Actor, { kind: "user" }> {
  return actor.kind === "user";
}
