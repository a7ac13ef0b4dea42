import type { Actor } from "@/lib/auth/actor";
import { createApiToken, type ApiTokenSummary } from "@/lib/auth/create-api-token";
import { authorizeAccount } from "./authorize-account";
import { createApiTokenInput } from "./schemas";

/**
 * Creates a token from untrusted input (the API, the settings page): the policy first, so a
 * token actor gets its 403 whatever it sends, then field errors on `name`.
 */
export async function createPersonalToken(actor: Actor, accountId: string, input: unknown): Promise<{ token: ApiTokenSummary; secret: string }> {
  authorizeAccount(actor, "token.create", accountId);
  const { name } = createApiTokenInput.parse(input);
  return createApiToken(actor, accountId, name);
}
