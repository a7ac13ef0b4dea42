import { randomBytes } from "node:crypto";
import { hashSecret } from "@/lib/auth/api-token-secret";

export { hashSecret as hashInviteSecret };

// 32 random bytes: guessing a link is hopeless, so a plain SHA-256 is a safe lookup key.
export function newInviteSecret(): string {
  return `inv_${randomBytes(32).toString("base64url")}`;
}

export function invitePath(secret: string) {
  return `/invite/${secret}`;
}
