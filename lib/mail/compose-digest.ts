import type { Digest } from "./build-digest";
import type { Block, MailContent } from "./templates";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function countsLine(counts: Digest["papers"][number]["counts"]): string {
  const parts = [
    counts.annotations ? plural(counts.annotations, "new annotation", "new annotations") : "",
    counts.replies ? plural(counts.replies, "reply", "replies") : "",
    counts.arguments ? plural(counts.arguments, "argument", "arguments") : "",
    counts.stances ? plural(counts.stances, "stance on a claim", "stances on claims") : "",
  ].filter(Boolean);
  return parts.join(", ");
}

/** The digest as a mail: per paper what happened (counts), what is addressed to me, and the moderators' queue. */
export function composeDigest(digest: Digest, links: { unsubscribeUrl: string | null; settingsUrl: string }): MailContent {
  const blocks: Block[] = [{ type: "text", text: `What happened in “${digest.groupName}” since ${digest.since.toUTCString()}.` }];
  if (digest.forYou.length > 0) {
    blocks.push({ type: "heading", text: "For you" });
    blocks.push({ type: "list", items: digest.forYou.map((item) => ({ text: item.documentTitle ? `${item.summary} (${item.documentTitle})` : item.summary, url: item.url })) });
  }
  if (digest.papers.length > 0) {
    blocks.push({ type: "heading", text: "On the papers" });
    blocks.push({ type: "list", items: digest.papers.map((paper) => ({ text: `${paper.title}: ${countsLine(paper.counts)}`, url: paper.url })) });
  }
  if (digest.moderation) {
    blocks.push({ type: "heading", text: "For moderators" });
    const items = [
      ...digest.moderation.openFlags.map((flag) => ({ text: `${flag.documentTitle}: ${plural(flag.count, "flagged item waits", "flagged items wait")} for a decision`, url: flag.url })),
      ...digest.moderation.proposedQuestions.map((question) => ({ text: `Proposed question: ${question.text}`, url: question.url })),
    ];
    blocks.push({ type: "list", items });
  }
  blocks.push({ type: "button", label: "Open the group", url: digest.groupUrl });
  const total = digest.forYou.length;
  return {
    subject: `Digest · ${digest.groupName}${total ? ` · ${plural(total, "item", "items")} for you` : ""}`,
    blocks,
    footer: { reason: `You receive this digest as a member of “${digest.groupName}”; choose how often, or never, in Settings.`, ...links },
  };
}
