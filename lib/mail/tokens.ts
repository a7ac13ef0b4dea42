import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { MAIL_KINDS, type MailKind } from "./kinds";

export interface UnsubscribeClaim {
  userId: string;
  kind: MailKind;
  /** For a digest: the one group whose digest stops. */
  groupId: string | null;
}

const SIGNATURE_BYTES = 24;

function sign(payload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest().subarray(0, SIGNATURE_BYTES);
}

/**
 * A signed, non-expiring token naming one member and one kind of mail: the unsubscribe link
 * works without signing in, and cannot be made for anyone else without the app's secret.
 */
export function signUnsubscribeToken(claim: UnsubscribeClaim, secret = authSecret()): string {
  const payload = Buffer.from(JSON.stringify([claim.userId, claim.kind, claim.groupId])).toString("base64url");
  return `${payload}.${sign(payload, secret).toString("base64url")}`;
}

/** The claim of a valid token, or null for anything else (never throws on input). */
export function verifyUnsubscribeToken(token: string, secret = authSecret()): UnsubscribeClaim | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || token.length > 400) return null;
  // Compared as text: decoding would let trailing characters through.
  const given = Buffer.from(signature);
  const expected = Buffer.from(sign(payload, secret).toString("base64url"));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const [userId, kind, groupId] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown[];
    if (typeof userId !== "string" || !MAIL_KINDS.includes(kind as MailKind)) return null;
    if (groupId !== null && typeof groupId !== "string") return null;
    return { userId, kind: kind as MailKind, groupId };
  } catch {
    return null;
  }
}

/** A fresh secret for one mail's reply address; only its hash is stored. */
export function newReplySecret(): string {
  return randomBytes(20).toString("base64url").replace(/[-_]/gu, "x").toLowerCase();
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** `reply+<secret>@domain` → the secret; null for any other address. */
export function replySecretOf(address: string): string | null {
  const match = /^reply\+([a-z0-9]{16,64})@/iu.exec(address.trim());
  return match ? match[1].toLowerCase() : null;
}

/** The envelope sender of one mail (VERP): delivery reports for it name the row, signed. */
export function bounceAddressFor(outboxId: string, domain: string, secret = authSecret()): string {
  const tag = createHmac("sha256", secret).update(`bounce:${outboxId}`).digest("hex").slice(0, 12);
  return `bounce+${outboxId}.${tag}@${domain}`;
}

/** `bounce+<outboxId>.<tag>@domain` → the row's id when the tag is right; null otherwise. */
export function outboxIdOfBounce(address: string, secret = authSecret()): string | null {
  const match = /^bounce\+([a-z0-9]{10,40})\.([0-9a-f]{12})@/iu.exec(address.trim());
  if (!match) return null;
  const expected = createHmac("sha256", secret).update(`bounce:${match[1]}`).digest("hex").slice(0, 12);
  return timingSafeEqual(Buffer.from(expected), Buffer.from(match[2].toLowerCase())) ? match[1] : null;
}
