import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * NEXTAUTH_SECRET from the environment, or else one generated once and kept in .data/ so
 * sessions survive restarts of a local install without any configuration.
 */
export function ensureAuthSecret(dataDir: string): void {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
