/**
 * Who is acting. A signed-in user arrives through a session cookie or a personal API token
 * (`via`), with the same rights either way except where the policy says otherwise (a token
 * cannot mint tokens or delete the account).
 */
export type Actor =
  | { kind: "user"; userId: string; name: string; color: string; via: "session" | "token" }
  // The admin CLI and the seed: an operator with shell access to the server.
  | { kind: "system" }
  | { kind: "anonymous" };

export type UserActor = Extract<Actor, { kind: "user" }>;

export const ANONYMOUS: Actor = { kind: "anonymous" };
export const SYSTEM: Actor = { kind: "system" };

export function isSignedIn(actor: Actor): actor is UserActor {
  return actor.kind === "user";
}
