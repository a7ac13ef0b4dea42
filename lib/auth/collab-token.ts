import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { authSecret } from "./secret";

/**
 * A short-lived token a browser (or a test client) presents to the collaboration socket.
 * It names the user only; what they may do is decided by the policy at connect time.
 */
const TOKEN_LIFETIME_MS = 10 * 60 * 1000;
const payloadSchema = z.object({ sub: z.string().min(1).max(64), exp: z.number().int() });

function sign(body: string) {
  return createHmac("sha256", authSecret()).update(`collab.${body}`).digest("base64url");
}

export function createCollabToken(userId: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ sub: userId, exp: now + TOKEN_LIFETIME_MS })).toString("base64url");
  return `${body}.${sign(body)}`;
}

/** Returns the user id in a valid, unexpired token, or null. */
export function verifyCollabToken(token: string, now = Date.now()): string | null {
  if (typeof token !== "string" || token.length > 512) return null;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = payloadSchema.parse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    return payload.exp > now ? payload.sub : null;
  } catch {
    return null;
  }
}

/**
 * A guest's token, for a public read-only link: names the document and a prefix of the link's
 * hash, so revoking (or replacing) the link invalidates it.
 */
export function createGuestCollabToken(documentId: string, publicLinkHash: string, now = Date.now()): string {
  return createCollabToken(`${GUEST_PREFIX}${documentId}:${publicLinkHash.slice(0, 16)}`, now);
}

const GUEST_PREFIX = "guest:";

export function parseGuestSubject(subject: string): { documentId: string; linkHashPrefix: string } | null {
  if (!subject.startsWith(GUEST_PREFIX)) return null;
  const [documentId, linkHashPrefix] = subject.slice(GUEST_PREFIX.length).split(":");
  return documentId && linkHashPrefix ? { documentId, linkHashPrefix } : null;
}
