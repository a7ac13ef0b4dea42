import type { Actor } from "@/lib/auth/actor";
import { can, type AccountAction } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";

// What a Bearer token is refused, and what to do instead.
const TOKEN_REFUSALS: Partial<Record<AccountAction, string>> = {
  "token.create": "An API token cannot create tokens; sign in to create one.",
  "token.manage": "An API token cannot revoke tokens; sign in to revoke one.",
  "account.delete": "An API token cannot delete the account; sign in to delete it.",
};

/**
 * Applies the policy to an account action: 404 when the actor may not even read the account
 * (someone else's), 403 when it may read it but not do this (a token deleting the account).
 */
export function authorizeAccount(actor: Actor, action: AccountAction, accountId: string): void {
  if (can(actor, action, { accountId })) return;
  if (!can(actor, "account.read", { accountId })) throw new DomainError(404, "not_found", "No such account.");
  throw new DomainError(403, "forbidden", TOKEN_REFUSALS[action] ?? "This is not allowed for your account.");
}

/** The signed-in user's own account id; the account routes act on nothing else. */
export function ownAccountId(actor: Actor): string {
  if (actor.kind !== "user") throw new DomainError(401, "unauthenticated", "Sign in to manage your account.");
  return actor.userId;
}

export const accountNotFound = () => new DomainError(404, "not_found", "No such account.");
