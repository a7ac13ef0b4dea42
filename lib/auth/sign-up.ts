import { db, Prisma } from "@/lib/db";
import { DomainError } from "@/lib/documents/errors";
import { hashPassword } from "./password";
import { signUpInput, type SignUpInput } from "./schemas";
import { colorForEmail } from "./user-colors";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  color: string;
}

/** Creates an account. The caller decides whether sign-up is open (issue 3: invite-only). */
export async function signUp(input: SignUpInput): Promise<UserSummary> {
  const { email, password, name } = signUpInput.parse(input);
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
