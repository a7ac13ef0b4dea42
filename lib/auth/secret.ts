/** The secret that signs sessions and collaboration tokens (NEXTAUTH_SECRET). */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret || secret.length < 16) {
    throw new Error("NEXTAUTH_SECRET is not set (or shorter than 16 characters); npm start creates one in .data/, otherwise set it.");
  }
  return secret;
}
