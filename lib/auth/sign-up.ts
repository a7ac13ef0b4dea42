import { db, Prisma } from "@/lib/db";
import { DomainError } from "@/lib/documents/errors";
import { hashSecret } from "./api-token-secret";
import { hashPassword } from "./password";
import { signUpInput, type SignUpInput } from "./schemas";
import { colorForEmail } from "./user-colors";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  color: string;
}

/** SIGNUP_MODE: "open" (default) or "invite" (only with a usable group invite link). */
export function signUpMode(): "open" | "invite" {
  return process.env.SIGNUP_MODE === "invite" ? "invite" : "open";
}

/** True when the invite secret names an invite that is not revoked, expired or used up. */
async function inviteIsUsable(secret: string | undefined): Promise<boolean> {
  if (!secret) return false;
  const invite = await db().invite.findUnique({ where: { tokenHash: hashSecret(secret) }, select: { revokedAt: true, expiresAt: true, maxUses: true, uses: true } });
  return Boolean(invite && !invite.revokedAt && (!invite.expiresAt || invite.expiresAt > new Date()) && (invite.maxUses === null || invite.uses < invite.maxUses));
}

/**
 * Creates an account. With SIGNUP_MODE=invite, `inviteToken` must be a usable invite (it is
 * redeemed afterwards, by the invite flow, not here). `operator` (the CLI) is never limited.
 */
export async function signUp(input: SignUpInput & { inviteToken?: string }, options: { operator?: boolean } = {}): Promise<UserSummary> {
  const { email, password, name } = signUpInput.parse(input);
  if (!options.operator && signUpMode() === "invite" && !(await inviteIsUsable(input.inviteToken))) {
    throw new DomainError(403, "invite_required", "Sign-up is by invitation only: open the invite link you were sent.");
  }
  const passwordHash = await hashPassword(password);
  try {
    return await db().user.create({
      data: { email, name, passwordHash, color: colorForEmail(email) },
      select: { id: true, email: true, name: true, color: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError(409, "email_taken", "An account with this email already exists; sign in instead.");
    }
    throw error;
  }
}
