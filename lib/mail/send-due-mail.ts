import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/auth/secret";
import { buildDigest } from "./build-digest";
import { composeDigest } from "./compose-digest";
import { composeNotification, type Composed } from "./compose-notification";
import { mailConfig, type MailConfig } from "./config";
import { MAIL_KINDS, type MailKind } from "./kinds";
import { mailEnabledFor } from "./preferences";
import { renderHtml, renderText, oneLine } from "./templates";
import { bounceAddressFor, hashSecret, signUnsubscribeToken } from "./tokens";
import { deliverFor, type Deliver } from "./transport";

/** A row the worker claimed. */
interface Claimed {
  id: string;
  userId: string;
  kind: string;
  inboxItemId: string | null;
  data: unknown;
  attempts: number;
}

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 10 * 60_000;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3600_000;

/** Wait before the next try after `attempts` failed ones: 30 s, 1 min, 2 min, … at most 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

export interface SendOptions {
  now?: Date;
  config?: MailConfig;
  deliver?: Deliver;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface SendResult {
  claimed: number;
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

/**
 * Takes due rows for this worker: pending ones whose time came, and rows another worker
 * claimed but never finished (it died: its lease ran out). One UPDATE over a
 * `FOR UPDATE SKIP LOCKED` subquery, so concurrent workers, in this process or others, never
 * take the same row.
 */
async function claim(now: Date, batchSize: number): Promise<Claimed[]> {
  const lease = new Date(now.getTime() + LEASE_MS);
  return db().$queryRaw<Claimed[]>`
    UPDATE "MailOutbox" SET status = 'sending', "lockedUntil" = ${lease}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "MailOutbox"
      WHERE (status = 'pending' AND "dueAt" <= ${now}) OR (status = 'sending' AND "lockedUntil" < ${now})
      ORDER BY "dueAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
    RETURNING id, "userId", kind, "inboxItemId", data, attempts`;
}

/** The reply address's secret: derived from the row, so every retry carries the same one. */
function replySecretFor(outboxId: string): string {
  return createHmac("sha256", authSecret()).update(`reply:${outboxId}`).digest("hex").slice(0, 40);
}

async function compose(row: Claimed, userId: string, config: MailConfig): Promise<Composed> {
  const kind = row.kind as MailKind;
  const data = (row.data ?? {}) as { groupId?: string; since?: string; until?: string };
  const groupId = kind === "digest" ? (data.groupId ?? null) : null;
  const links = {
    unsubscribeUrl: `${config.appUrl}/api/mail/unsubscribe/${signUnsubscribeToken({ userId, kind, groupId })}`,
    settingsUrl: `${config.appUrl}/settings#mail`,
  };
  if (kind === "digest") {
    if (!data.groupId || !data.since || !data.until) return { send: false, reason: "malformed digest row" };
    const digest = await buildDigest(userId, data.groupId, new Date(data.since), new Date(data.until), config.appUrl);
    return digest ? { send: true, content: composeDigest(digest, links), replyTo: null, groupId: data.groupId } : { send: false, reason: "nothing new" };
  }
  return composeNotification({ userId, kind, inboxItemId: row.inboxItemId }, links, config);
}

async function finish(id: string, data: Record<string, unknown>) {
  await db().mailOutbox.updateMany({ where: { id, status: "sending" }, data: { lockedUntil: null, ...data } });
}

async function sendOne(row: Claimed, config: MailConfig, deliver: Deliver, now: Date): Promise<keyof Omit<SendResult, "claimed">> {
  const user = await db().user.findUnique({ where: { id: row.userId }, select: { id: true, email: true, deletedAt: true } });
  if (!user || user.deletedAt) return (await finish(row.id, { status: "skipped", skipReason: "the account is gone" }), "skipped");
  if (!MAIL_KINDS.includes(row.kind as MailKind)) return (await finish(row.id, { status: "skipped", skipReason: `unknown kind ${row.kind}` }), "skipped");
  const composed = await compose(row, user.id, config);
  if (!composed.send) return (await finish(row.id, { status: "skipped", skipReason: composed.reason }), "skipped");
  if (!(await mailEnabledFor(user.id, row.kind as MailKind, composed.groupId))) return (await finish(row.id, { status: "skipped", skipReason: "turned off by the member" }), "skipped");

  const { content, replyTo } = composed;
  const secret = replyTo ? replySecretFor(row.id) : null;
  if (replyTo && secret) {
    // Stored before sending, so an answer that arrives at once finds its thread.
    await db().mailOutbox.update({ where: { id: row.id }, data: { replySecretHash: hashSecret(secret), data: { ...((row.data ?? {}) as object), reply: replyTo } } });
  }
  const messageId = `<${row.id}@${config.domain}>`;
  const unsubscribeUrl = content.footer.unsubscribeUrl;
  try {
    await deliver({
      to: user.email,
      subject: oneLine(content.subject, 200),
      text: renderText(content),
      html: renderHtml(content),
      messageId,
      ...(secret ? { replyTo: `reply+${secret}@${config.domain}` } : {}),
      // With our receiving server, late delivery reports come back to it and are recorded.
      ...(config.inboundPort !== null ? { envelopeFrom: bounceAddressFor(row.id, config.domain) } : {}),
      headers: {
        "Auto-Submitted": "auto-generated",
        ...(unsubscribeUrl ? { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {}),
      },
    });
  } catch (error) {
    const code = Number((error as { responseCode?: unknown }).responseCode);
    const message = oneLine(error instanceof Error ? error.message : String(error), 500);
    if (code >= 500 && code < 600) {
      // The receiving server refused for good: record the bounce, do not retry.
      await db().mailBounce.create({ data: { outboxId: row.id, address: user.email, reason: message, source: "smtp" } });
      await finish(row.id, { status: "bounced", lastError: message });
      return "failed";
    }
    if (row.attempts >= MAX_ATTEMPTS) return (await finish(row.id, { status: "failed", lastError: message }), "failed");
    await finish(row.id, { status: "pending", lastError: message, dueAt: new Date(now.getTime() + backoffMs(row.attempts)) });
    return "retried";
  }
  await finish(row.id, { status: "sent", sentAt: now, messageId, lastError: null });
  return "sent";
}

/**
 * One pass of the mail worker: claims due mail and sends it, one by one. Content is built
 * now, through the policy (see composeNotification, buildDigest). A temporary failure is
 * tried again later with exponential backoff, up to MAX_ATTEMPTS; a permanent refusal (5xx)
 * is recorded as a bounce. `now` is injectable so tests control time.
 */
export async function sendDueMail(options: SendOptions = {}): Promise<SendResult> {
  const config = options.config ?? mailConfig();
  const now = options.now ?? new Date();
  const deliver = options.deliver ?? deliverFor(config, options.log);
  const rows = await claim(now, options.batchSize ?? 20);
  const result: SendResult = { claimed: rows.length, sent: 0, skipped: 0, retried: 0, failed: 0 };
  for (const row of rows) {
    try {
      result[await sendOne(row, config, deliver, now)] += 1;
    } catch (error) {
      // A bug or a database hiccup on one row must not stop the others; the row is tried again.
      options.log?.(`mail ${row.id}: ${error instanceof Error ? error.message : String(error)}`);
      await finish(row.id, { status: row.attempts >= MAX_ATTEMPTS ? "failed" : "pending", lastError: oneLine(String(error), 500), dueAt: new Date(now.getTime() + backoffMs(row.attempts)) }).catch(() => undefined);
      result.retried += 1;
    }
  }
  return result;
}
