import type { ImportSummary } from "./import";

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The import summary as short lines of text (the CLI prints them; the import page shows the
 * same facts): title, sections, abstract, references and linked citations, footnotes,
 * questions, and what was dropped.
 */
export function describeImport(summary: ImportSummary): string[] {
  const lines: string[] = [];
  lines.push(summary.title ? `Title found in the file: ${summary.title}` : "No title in the file.");
  if (summary.authors.length > 0) lines.push(`Authors: ${summary.authors.join(", ")}`);
  lines.push(summary.sections.length > 0 ? `${plural(summary.sections.length, "section")}: ${summary.sections.join(" · ")}` : "No section headings.");
  lines.push(summary.abstract ? "Abstract found." : "No abstract found.");
  const { mentions, linked, works } = summary.citations;
  lines.push(
    summary.references > 0
      ? `${plural(summary.references, "reference entry", "reference entries")}; ${plural(mentions, "citation")} in the text, ${linked} linked to an entry.`
      : `No reference list; ${plural(mentions, "citation")} of ${plural(works, "work")} in the text.`,
  );
  lines.push(summary.footnotes > 0 ? plural(summary.footnotes, "footnote") + "." : "No footnotes.");
  lines.push(`${plural(summary.questions, "candidate question")}.`);
  if (summary.notices.length === 0) lines.push("Nothing was dropped.");
  for (const notice of summary.notices) lines.push(`Dropped: ${notice.message}${notice.count > 1 ? ` (${notice.count})` : ""}`);
  return lines;
}
