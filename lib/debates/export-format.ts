import type { StoredEvidence } from "@/lib/claims/evidence";
import type { ArgumentDTO, DebateListing, QuestionDTO } from "./present";
import { CLOSED_ON_SCHEDULE } from "./present-question";

/** Each exported argument with its depth; omitted parents lift their children to their own level. */
function withDepths(items: ArgumentDTO[]): { item: ArgumentDTO; depth: number }[] {
  const depthOf = new Map<string, number>();
  return items.map((item) => {
    const depth = item.parentId !== null && depthOf.has(item.parentId) ? depthOf.get(item.parentId)! + 1 : 0;
    depthOf.set(item.id, depth);
    return { item, depth };
  });
}

function outcomeOf(question: QuestionDTO): string | null {
  if (question.outcome) return question.outcome;
  return question.status === "closed" ? CLOSED_ON_SCHEDULE : null;
}

function describeEvidence(evidence: StoredEvidence): string {
  switch (evidence.type) {
    case "passage":
      return `“${evidence.quote}” (the paper, characters ${evidence.start}–${evidence.end})`;
    case "citation":
      return evidence.label || evidence.key;
    case "url":
      return evidence.url;
  }
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

/** A Markdown list item's text: line breaks kept as continuation lines under the item. */
function markdownText(text: string, indent: string): string {
  return text.split("\n").join(`\n${indent}  `);
}

/** The debate as Markdown: the question, its status and outcome, then the nested pro/con list. */
export function debateToMarkdown(listing: Pick<DebateListing, "question" | "items">): string {
  const { question } = listing;
  const lines = [`# ${oneLine(question.text)}`, "", `Status: ${question.status}`];
  if (question.quote) lines.push("", `> ${oneLine(question.quote)}`);
  const outcome = outcomeOf(question);
  if (outcome) lines.push("", "## Outcome", "", outcome);
  lines.push("", "## Arguments", "");
  if (listing.items.length === 0) lines.push("No arguments yet.");
  for (const { item, depth } of withDepths(listing.items)) {
    const indent = "  ".repeat(depth);
    const badge = item.asAuthor ? " (paper author)" : "";
    lines.push(`${indent}- **${item.stance === "pro" ? "Pro" : "Con"}** (${item.author.name}${badge}): ${markdownText(item.body, indent)}`);
    const passages = item.evidence.filter((evidence) => evidence.type === "passage");
    const sources = item.evidence.filter((evidence) => evidence.type !== "passage");
    if (passages.length > 0) lines.push(`${indent}  - Cites: ${passages.map(describeEvidence).join("; ")}`);
    if (sources.length > 0) lines.push(`${indent}  - Sources: ${sources.map(describeEvidence).join("; ")}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Argdown gives meaning to brackets (statements), angle brackets (arguments), #tags, @, *, _
 * and // (comments); a backslash makes any character literal, so every such character in
 * members' text is escaped.
 */
export function argdownText(text: string): string {
  return oneLine(text).replace(/[\\[\]<>#*_@/{}]/g, (char) => `\\${char}`);
}

/**
 * The debate as Argdown: the question is a statement, each argument an argument that supports
 * (+) or attacks (-) its parent, nested by indentation. Titles are numbered in display order
 * so they are unique.
 */
export function debateToArgdown(listing: Pick<DebateListing, "question" | "items">): string {
  const { question } = listing;
  const lines = [`[Question]: ${argdownText(question.text)}`];
  withDepths(listing.items).forEach(({ item, depth }, index) => {
    const title = `${item.stance === "pro" ? "Pro" : "Con"} ${index + 1}`;
    const cites = item.evidence.length > 0 ? ` (cites: ${item.evidence.map(describeEvidence).join("; ")})` : "";
    lines.push(`${"    ".repeat(depth + 1)}${item.stance === "pro" ? "+" : "-"} <${title}>: ${argdownText(item.body + cites)}`);
  });
  const outcome = outcomeOf(question);
  if (outcome) lines.push("", `// Status: ${question.status}. Outcome: ${oneLine(outcome)}`);
  return `${lines.join("\n")}\n`;
}
