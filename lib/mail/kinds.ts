/** The kinds of mail a member can turn on or off, one by one (each unsubscribe link names one). */
export const MAIL_KINDS = ["replies", "mentions", "answers", "moderation", "debates", "claims", "digest"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_KIND_LABELS: Record<MailKind, { label: string; description: string }> = {
  replies: { label: "Replies", description: "Someone replies to your annotation or to your reply." },
  mentions: { label: "Mentions", description: "Someone mentions you." },
  answers: { label: "Answers", description: "The asker picks your reply as the answer." },
  moderation: { label: "Moderation", description: "A moderator hides or restores something you wrote." },
  debates: { label: "Debates", description: "A debate you took part in opens, is about to close, or closes." },
  claims: { label: "Contested claims", description: "For a paper's authors: a member contests a claim on it." },
  digest: { label: "Digests", description: "A summary of each group's papers, as often as you choose per group." },
};

export const DIGEST_FREQUENCIES = ["immediate", "daily", "weekly", "off"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
export const DEFAULT_DIGEST_FREQUENCY: DigestFrequency = "daily";

/** How much time a digest covers; "immediate" gathers what happened in the last few minutes. */
export function digestPeriodMs(frequency: DigestFrequency, delayMs: number): number | null {
  switch (frequency) {
    case "immediate":
      return Math.max(delayMs, 60_000);
    case "daily":
      return 24 * 3600_000;
    case "weekly":
      return 7 * 24 * 3600_000;
    case "off":
      return null;
  }
}

/** The mail kind an in-app inbox item belongs to; null for items never mailed. */
export function mailKindOf(inboxKind: string): MailKind | null {
  switch (inboxKind) {
    case "reply":
    case "reply-to-reply":
      return "replies";
    case "mention":
      return "mentions";
    case "answer":
      return "answers";
    case "hidden":
    case "restored":
      return "moderation";
    case "debate-opened":
    case "debate-closing":
    case "debate-closed":
      return "debates";
    case "claim-contested":
      return "claims";
    default:
      return null;
  }
}

/** Inbox kinds whose mail takes a reply by e-mail (they are about a thread one may reply in). */
export function takesReplies(inboxKind: string): boolean {
  return inboxKind === "reply" || inboxKind === "reply-to-reply" || inboxKind === "mention" || inboxKind === "answer";
}
