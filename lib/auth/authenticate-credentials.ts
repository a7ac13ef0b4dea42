import { db } from "@/lib/db";
import { decoyPasswordHash, verifyPassword } from "./password";
import { signInInput } from "./schemas";
import type { UserSummary } from "./sign-up";

/**
 * Checks an email and password. Returns the user or null, and takes the same time whether or
 * not the email exists, so sign-in never reveals which emails have accounts.
 */
export async function authenticateCredentials(input: unknown): Promise<UserSummary | null> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return null;
  const user = await db().user.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), parsed.data.password);
  if (!user || !ok || user.deletedAt) return null;
  return { id: user.id, email: user.email, name: user.name, color: user.color };
}
