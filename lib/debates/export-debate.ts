import type { Actor } from "@/lib/auth/actor";
import { debateToArgdown, debateToMarkdown } from "./export-format";
import { listArguments } from "./list-arguments";
import { exportFormatSchema } from "./schemas";

export interface DebateExport {
  filename: string;
  contentType: string;
  body: string;
}

function slugOf(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, "-")
      .slice(0, 60)
      .replace(/-$/, "") || "debate"
  );
}

/**
 * The debate as the actor sees it (hidden arguments omitted for non-moderators, pseudonyms in
 * anonymous debates), as Markdown or Argdown.
 */
export async function exportDebate(actor: Actor, questionId: string, format: unknown): Promise<DebateExport> {
  const chosen = exportFormatSchema.parse(format);
  const listing = await listArguments(actor, questionId);
  const moderator = listing.question.can.moderate;
  const items = moderator ? listing.items : listing.items.filter((item) => item.status !== "hidden");
  const view = { question: listing.question, items };
  const base = `debate-${slugOf(listing.question.text)}`;
  return chosen === "markdown"
    ? { filename: `${base}.md`, contentType: "text/markdown; charset=utf-8", body: debateToMarkdown(view) }
    : { filename: `${base}.argdown`, contentType: "text/plain; charset=utf-8", body: debateToArgdown(view) };
}
