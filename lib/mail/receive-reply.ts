import type { ParsedMail } from "mailparser";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { addReply } from "@/lib/threads/add-reply";
import { extractReplyText } from "./extract-reply-text";
import { hashSecret, replySecretOf } from "./tokens";

export type ReceiveResult = { posted: true; replyId: string; annotationId: string } | { posted: false; message: string };

const refuse = (message: string): ReceiveResult => ({ posted: false, message });

function senderOf(parsed: ParsedMail): string | null {
  const from = parsed.from?.value?.[0]?.address;
  return from ? from.trim().toLowerCase() : null;
}

/** Why a use case refused the reply, in words for the bounce. */
function explain(error: unknown): string {
  if (error instanceof ZodError) return `Your reply could not be posted: ${error.issues[0]?.message ?? "it is not valid"}.`;
  if (error instanceof DomainError) {
    if (error.status === 404) return "You can no longer read this discussion, so your reply was not posted.";
    if (error.status === 403) return `Your reply was not posted: ${error.message}`;
    return `Your reply was not posted: ${error.message}`;
  }
  throw error;
}

/**
 * A reply by e-mail. The reply address carries a per-message secret (derived with the app's
 * secret, stored hashed), which names the thread and the member the notification went to.
 * Both the envelope sender and the From header must be that member's address; then the text
 * above the quoted message, without signature, is posted as them through the same use case
 * (and policy) as the app's reply button. Anything else is refused with a sentence that the
 * sending server puts in its bounce.
 */
export async function receiveReply(input: { recipients: string[]; envelopeFrom: string | null; parsed: ParsedMail }): Promise<ReceiveResult> {
  const secret = input.recipients.map(replySecretOf).find((value): value is string => value !== null);
  if (!secret) return refuse("This address does not take replies.");
  const outbox = await db().mailOutbox.findUnique({ where: { replySecretHash: hashSecret(secret) }, select: { id: true, userId: true, inboxItemId: true, data: true } });
  const target = (outbox?.data as { reply?: { annotationId?: string; parentId?: string | null } } | undefined)?.reply;
  if (!outbox || !target?.annotationId) return refuse("This reply address is not valid (it may be mistyped or come from another server).");

  const autoSubmitted = String(input.parsed.headers.get("auto-submitted") ?? "no").toLowerCase();
  if (autoSubmitted !== "no") return refuse("Automatic replies (out-of-office and the like) are not posted.");

  const user = await db().user.findUnique({ where: { id: outbox.userId }, select: { id: true, email: true, name: true, color: true, deletedAt: true } });
  if (!user || user.deletedAt) return refuse("The account this notification was sent to no longer exists.");
  const email = user.email.toLowerCase();
  if (senderOf(input.parsed) !== email || input.envelopeFrom?.trim().toLowerCase() !== email) {
    return refuse("This reply was not sent from the address the notification went to, so it was not posted. Reply from that address, or answer in the app.");
  }

  const body = extractReplyText(input.parsed.text ?? "");
  if (!body) return refuse("We found no text of yours above the quoted message, so nothing was posted.");

  const actor: UserActor = { kind: "user", userId: user.id, name: user.name, color: user.color, via: "session" };
  try {
    const reply = await addReply(actor, target.annotationId, { body, parentId: target.parentId ?? null });
    // Answering by e-mail means the member saw the notice.
    if (outbox.inboxItemId) await db().inboxItem.updateMany({ where: { id: outbox.inboxItemId, userId: user.id, readAt: null }, data: { readAt: new Date() } });
    return { posted: true, replyId: reply.id, annotationId: target.annotationId };
  } catch (error) {
    return refuse(explain(error));
  }
}
