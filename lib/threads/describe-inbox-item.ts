import type { InboxKind } from "./present";

const EXCERPT_LENGTH = 160;

/** What a moderation notice is about: an argument in a debate, a reply, or an annotation. */
function targetNoun(about: { reply: boolean; data: Record<string, unknown> }): string {
  if (about.data.targetType === "argument") return "argument";
  return about.reply ? "reply" : "annotation";
}

function questionText(data: Record<string, unknown>): string {
  return typeof data.questionText === "string" ? `“${excerptOf(data.questionText)}”` : "a question on the paper.";
}

/** One sentence for an inbox item, as the list shows it. */
export function describeInboxItem(kind: string, actorName: string, about: { reply: boolean; data: Record<string, unknown> }): string {
  switch (kind as InboxKind) {
    case "reply":
      return `${actorName} replied to your annotation.`;
    case "reply-to-reply":
      return `${actorName} replied to you.`;
    case "mention":
      return `${actorName} mentioned you.`;
    case "answer":
      return `${actorName} marked your reply as the answer.`;
    case "hidden": {
      const reason = typeof about.data.reason === "string" && about.data.reason ? `: ${about.data.reason}` : ".";
      return `A moderator hid your ${targetNoun(about)}${reason}`;
    }
    case "restored":
      return `A moderator restored your ${targetNoun(about)}.`;
    case "debate-opened":
      return `A debate you took part in is open: ${questionText(about.data)}`;
    case "debate-closing":
      return `A debate you took part in closes soon: ${questionText(about.data)}`;
    case "debate-closed":
      return `A debate you took part in closed: ${questionText(about.data)}`;
    case "claim-contested":
      return `${actorName} contested a claim on your paper.`;
    default:
      return `${actorName}: ${kind}.`;
  }
}

/** The start of a body as one line of plain-ish text, for a list. */
export function excerptOf(text: string): string {
  const line = text.replace(/\s+/gu, " ").trim();
  const points = Array.from(line);
  return points.length <= EXCERPT_LENGTH ? line : `${points.slice(0, EXCERPT_LENGTH - 1).join("").trimEnd()}…`;
}
