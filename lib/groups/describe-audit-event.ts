import type { GroupRole } from "@/lib/auth/policy";
import type { AuditAction } from "./record-audit-event";
import { withArticle } from "./roles";

interface Described {
  action: string;
  actorName: string;
  targetName: string;
  data: Record<string, unknown>;
}

function expiry(value: unknown) {
  if (typeof value !== "string") return "never expires";
  return `expires ${new Date(value).toLocaleDateString("en-GB", { dateStyle: "medium" })}`;
}

function uses(value: unknown) {
  return typeof value === "number" ? `up to ${value} use${value === 1 ? "" : "s"}` : "unlimited uses";
}

/** One sentence for an audit event, as the trail shows it to owners. */
export function describeAuditEvent({ action, actorName, targetName, data }: Described): string {
  const text = (key: string) => String(data[key] ?? "");
  switch (action as AuditAction) {
    case "group.created":
      return `${actorName} created the group “${text("name")}”.`;
    case "group.renamed":
      return `${actorName} renamed the group from “${text("from")}” to “${text("to")}”.`;
    case "member.joined":
      return `${targetName} joined as ${withArticle(data.role as GroupRole)} through an invite link.`;
    case "member.role-changed":
      return data.inviteId
        ? `${targetName} became ${withArticle(data.to as GroupRole)} (was ${text("from")}) through an invite link.`
        : `${actorName} changed ${targetName}’s role from ${text("from")} to ${text("to")}.`;
    case "member.removed":
      return `${actorName} removed ${targetName} (${text("role")}) from the group.`;
    case "member.left":
      return `${targetName} left the group (was ${withArticle(data.role as GroupRole)}).`;
    case "invite.created":
      return `${actorName} created an invite link for ${text("role")}s (${expiry(data.expiresAt)}, ${uses(data.maxUses)}).`;
    case "invite.revoked":
      return `${actorName} revoked an invite link for ${text("role")}s.`;
    default:
      return describeContentEvent(action, actorName, text("reason")) ?? `${actorName}: ${action}.`;
  }
}

/** Moderation and thread events, recorded by lib/moderation and lib/threads. */
function describeContentEvent(action: string, actorName: string, reason: string): string | null {
  const because = reason ? ` (reason: “${reason}”)` : "";
  switch (action) {
    case "annotation.hidden":
      return `${actorName} hid an annotation${because}.`;
    case "reply.hidden":
      return `${actorName} hid a reply${because}.`;
    case "annotation.restored":
      return `${actorName} restored a hidden annotation.`;
    case "reply.restored":
      return `${actorName} restored a hidden reply.`;
    case "annotation.resolved":
      return `${actorName} resolved an annotation${because}.`;
    case "annotation.reopened":
      return `${actorName} reopened an annotation${because}.`;
    default:
      return describeDebateEvent(action, actorName, because);
  }
}

const QUESTION_VERBS: Record<string, string> = {
  "question.approve": "approved a proposed question",
  "question.open": "opened a question for debate",
  "question.close": "closed a debate with an outcome",
  "question.reopen": "reopened a question",
  "question.dismiss": "dismissed a proposed question",
  "question.updated": "edited a question's settings",
};

const ARGUMENT_VERBS: Record<string, string> = {
  "argument.pinned": "pinned an argument",
  "argument.unpinned": "unpinned an argument",
  "argument.locked": "locked a branch of a debate",
  "argument.unlocked": "unlocked a branch of a debate",
  "argument.hidden": "hid an argument",
  "argument.restored": "restored a hidden argument",
  "argument.moved": "moved an argument",
  "argument.merged": "merged a duplicate argument into another",
  "argument.unmerged": "undid the merge of a duplicate argument",
};

/** Debate moderation, recorded by lib/debates. */
function describeDebateEvent(action: string, actorName: string, because: string): string | null {
  if (action === "group.settings-changed") return `${actorName} changed the group's debate settings.`;
  if (action === "flags.dismissed") return `${actorName} dismissed the flags on a piece of content.`;
  const verb = QUESTION_VERBS[action] ?? ARGUMENT_VERBS[action];
  return verb ? `${actorName} ${verb}${because}.` : null;
}
