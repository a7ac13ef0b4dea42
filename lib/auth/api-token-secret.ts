import { createHash, randomBytes } from "node:crypto";

// "dsp_" marks the string as a Disputatio token (secret scanners and humans can tell).
export const API_TOKEN_PREFIX = "dsp_";

export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** Tokens are high-entropy random strings, so a plain SHA-256 is a safe lookup hash. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
