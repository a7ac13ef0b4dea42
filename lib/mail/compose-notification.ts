import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { can, type DocumentAccess } from "@/lib/auth/policy";
import { describeInboxItem, excerptOf } from "@/lib/threads/describe-inbox-item";
import { annotationUrl, PERSON_SELECT, presentPerson } from "@/lib/threads/present";
import { questionUrl } from "@/lib/debates/present-question";
import type { MailConfig } from "./config";
import { takesReplies, type MailKind } from "./kinds";
import type { Block, MailContent } from "./templates";

/** What a due notification becomes: a mail to send, or the reason it is not sent. */
export type Composed =
  | { send: true; content: MailContent; replyTo: { annotationId: string; parentId: string | null } | null; groupId: string | null }
  | { send: false; reason: string };

const BODY_LENGTH = 1500;
const skip = (reason: string): Composed => ({ send: false, reason });

function clip(text: string, max = BODY_LENGTH): string {
  const points = Array.from(text.trim());
  return points.length <= max ? points.join("") : `${points.slice(0, max - 1).join("").trimEnd()}…`;
}

/**
 * Builds the mail for one inbox item at the moment it is sent, through the policy: nothing is
 * mailed when the item was read in the app, the recipient left the group, or the annotation,
 * reply or argument it is about is private to someone else or hidden from them now.
 */
export async function composeNotification(outbox: { userId: string; kind: MailKind; inboxItemId: string | null }, links: { unsubscribeUrl: string | null; settingsUrl: string }, config: MailConfig): Promise<Composed> {
  if (!outbox.inboxItemId) return skip("no inbox item");
  const item = await db().inboxItem.findUnique({ where: { id: outbox.inboxItemId } });
  if (!item || item.userId !== outbox.userId) return skip("the inbox item is gone");
  if (item.readAt) return skip("read in the app");
  if (!item.documentId) return skip("not about a document");
  const me = outbox.userId;

  const [document, actorRow] = await Promise.all([
    db().document.findUnique({
      where: { id: item.documentId },
      select: { id: true, title: true, groupId: true, group: { select: { memberships: { where: { userId: me }, select: { role: true } } } }, roles: { where: { userId: me }, select: { role: true } } },
    }),
    item.actorId ? db().user.findUnique({ where: { id: item.actorId }, select: PERSON_SELECT }) : null,
  ]);
  if (!document) return skip("the document is gone");
  const reader: UserActor = { kind: "user", userId: me, name: "", color: "", via: "session" };
  const access: DocumentAccess = { documentId: document.id, groupId: document.groupId, groupRole: document.group.memberships[0]?.role ?? null, isAuthor: document.roles.length > 0 };
  if (!can(reader, "document.read", access)) return skip("no longer a member");
  const moderates = can(reader, "group.moderate", access);
  const visible = (row: { authorId: string | null; hiddenAt: Date | null }) => !row.hiddenAt || row.authorId === me || moderates;

  const data = (item.data ?? {}) as Record<string, unknown>;
  const blocks: Block[] = [];
  let url = `${config.appUrl}${annotationUrl(document.id, item.annotationId)}`;

  if (item.annotationId) {
    const annotation = await db().annotation.findUnique({ where: { id: item.annotationId }, select: { id: true, documentId: true, authorId: true, body: true, quote: true, visibility: true, hiddenAt: true, kind: true } });
    if (!annotation || annotation.documentId !== document.id) return skip("the annotation is gone");
    if (annotation.visibility === "private" && annotation.authorId !== me) return skip("the annotation is private");
    if (!visible(annotation)) return skip("the annotation is hidden");
    blocks.push({ type: "quote", text: clip(annotation.quote, 400) });
    if (item.replyId) {
      const reply = await db().reply.findUnique({ where: { id: item.replyId }, select: { annotationId: true, authorId: true, body: true, hiddenAt: true } });
      if (!reply || reply.annotationId !== annotation.id) return skip("the reply is gone");
      if (!visible(reply)) return skip("the reply is hidden");
      blocks.push({ type: "text", text: clip(reply.body) });
    } else if (item.kind === "mention" || item.kind === "hidden" || item.kind === "restored") {
      blocks.push({ type: "text", text: clip(annotation.body) });
    } else if (item.kind === "claim-contested") {
      const stance = item.actorId ? await db().claimStance.findUnique({ where: { annotationId_userId: { annotationId: annotation.id, userId: item.actorId } }, select: { value: true, reason: true } }) : null;
      if (!stance || stance.value !== "contested") return skip("the stance was changed or withdrawn");
      blocks.push({ type: "text", text: `Their reason: ${clip(stance.reason)}` });
    }
  }

  if (typeof data.questionId === "string") {
    const question = await db().question.findUnique({ where: { id: data.questionId }, select: { documentId: true, text: true, status: true, outcome: true, closesAt: true } });
    if (!question || question.documentId !== document.id) return skip("the question is gone");
    url = `${config.appUrl}${questionUrl(document.id, data.questionId)}`;
    if (typeof data.argumentId === "string") {
      const argument = await db().argument.findUnique({ where: { id: data.argumentId }, select: { authorId: true, body: true, hiddenAt: true } });
      if (!argument || !visible(argument)) return skip("the argument is gone or hidden");
      url += `#arg-${data.argumentId}-body`;
      blocks.push({ type: "quote", text: clip(argument.body) });
    } else {
      blocks.push({ type: "quote", text: clip(question.text, 500) });
      if (item.kind === "debate-closed" && question.outcome) blocks.push({ type: "text", text: `Outcome: ${clip(question.outcome)}` });
      if (item.kind === "debate-closing" && question.closesAt) blocks.push({ type: "text", text: `It closes at ${question.closesAt.toUTCString()}.` });
      if (item.kind === "debate-closing" && question.status !== "open") return skip("the debate is no longer open");
    }
  }

  const actorName = presentPerson(actorRow).name;
  const summary = describeInboxItem(item.kind, actorName, { reply: item.replyId !== null, data });
  const replyTo = takesReplies(item.kind) && item.annotationId ? { annotationId: item.annotationId, parentId: item.replyId } : null;
  return {
    send: true,
    groupId: document.groupId,
    replyTo,
    content: {
      subject: `${summary.replace(/[.:]\s.*$|\.$/u, "")} · ${excerptOf(document.title)}`,
      blocks: [{ type: "text", text: `${summary} On “${document.title}”:` }, ...blocks, { type: "button", label: "Open it in Disputatio", url }],
      footer: {
        reason: "You receive this because it is addressed to you and you had not read it in the app.",
        replyHint: replyTo ? "Reply to this e-mail to answer in the thread: your text above the quoted message is posted as you." : undefined,
        ...links,
      },
    },
  };
}
