import type { ReportPicture } from "./pictures";
import { svgDataUri } from "./svg";
import type { ReportDTO, ReportReason } from "./types";

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const quote = (text: string) => `> ${oneLine(text)}`;
// Square brackets in link texts would end the link early.
const linkText = (text: string) => oneLine(text).replace(/([[\]\\])/g, "\\$1");
const picture = (p: ReportPicture | undefined) => (p ? `![${linkText(p.title)}](${svgDataUri(p.svg)})\n` : "");

function reasons(label: string, list: ReportReason[]): string {
  if (list.length === 0) return "";
  const lines = list.map((r) => {
    const evidence = r.evidence.map((e) => (e.type === "url" ? e.url : e.type === "citation" ? e.label : `“${oneLine(e.quote)}”`)).join("; ");
    return `  - ${oneLine(r.reason) || "(no reason given)"} — ${r.author}${evidence ? ` (evidence: ${evidence})` : ""}`;
  });
  return `- ${label}:\n${lines.join("\n")}\n`;
}

/**
 * The report as Markdown, part by part (so the export streams it): the same sections as the
 * page, every picture embedded as an SVG data URI, every item linked to its passage.
 */
export function* reportMarkdown(report: ReportDTO, pictures: ReportPicture[], baseUrl: string): Generator<string> {
  const abs = (path: string) => baseUrl + path;
  const pic = new Map(pictures.map((p) => [p.name, p]));
  const t = report.totals;
  yield `# Feedback report: ${oneLine(report.document.title)}\n\nGenerated ${report.generatedAt}. Paper: ${abs(report.document.url)}\n\n`;
  yield `${t.annotations} annotations, ${t.claims} claims, ${t.stances} stances, ${t.replies} replies, ${t.questions} questions, ${t.arguments} arguments, ${t.orphans} orphaned. ${report.notes.hidden} (${t.hiddenOmitted} left out.)\n\n`;
  yield "## Contents\n\n1. [The paper at a glance](#the-paper-at-a-glance)\n2. [Most contested claims](#most-contested-claims)\n3. [Passages with the most discussion](#passages-with-the-most-discussion)\n4. [Questions debated](#questions-debated)\n5. [Still open or unanswered](#still-open-or-unanswered)\n6. [Orphaned annotations](#orphaned-annotations)\n\n";
  yield `## The paper at a glance\n\n${report.notes.sections}\n\n${picture(pic.get("heat-map"))}\n${picture(pic.get("claim-statuses"))}\n`;
  yield "| section | annotations | contested stances | unreviewed | supported | contested | disputed |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  yield report.sections.map((s) => `| [${linkText(s.title)}](${abs(s.link)}) | ${s.annotations} | ${s.contestedStances} | ${s.statuses.unreviewed} | ${s.statuses.supported} | ${s.statuses.contested} | ${s.statuses.disputed} |\n`).join("") + "\n";

  yield "## Most contested claims\n\n";
  if (report.claims.length === 0) yield "No claims yet.\n\n";
  for (const [i, c] of report.claims.entries()) {
    const revised = c.revised ? `\n- Revised in the text${c.revised.url ? `: ${c.revised.url}` : ""}${c.revised.note ? ` — ${oneLine(c.revised.note)}` : ""}` : "";
    yield `### ${i + 1}. ${c.status} (${c.claim.supported} supported, ${c.claim.contested} contested)\n\n${quote(c.quote)}\n\n${oneLine(c.body)}\n\n- Section: ${c.section}; by ${c.author}; ${c.replies} replies; [open the passage](${abs(c.link)})${revised}\n${reasons("Supported because", c.reasons.supported)}${reasons("Contested because", c.reasons.contested)}\n`;
  }

  yield "## Passages with the most discussion\n\n";
  if (report.passages.length === 0) yield "No discussion yet.\n\n";
  for (const p of report.passages) {
    yield `${quote(p.quote)}\n\n- ${p.section}: ${p.annotations} annotations (${p.kinds.comment} comments, ${p.kinds.question} questions, ${p.kinds.claim} claims), ${p.replies} replies, ${p.stances} stances; [open the passage](${abs(p.link)})\n\n`;
  }

  yield `## Questions debated\n\n${report.notes.balance}\n\n`;
  if (report.debates.length === 0) yield "No debates yet.\n\n";
  for (const d of report.debates) {
    const balance = d.balance ? `pro ${d.balance.pro} against con ${d.balance.con} (balance ${d.balance.net > 0 ? "+" : ""}${d.balance.net}, leaning ${d.balance.leaning})` : "held back until the question closes (the group's rating setting)";
    yield `### ${oneLine(d.text)}\n\n- Status: ${d.status}${d.anonymous ? " (anonymous debate)" : ""}; ${d.argumentCount} arguments; ${d.participants} participants; [open the debate](${abs(d.link)})\n- Balance: ${balance}\n${d.outcome ? `- Outcome: ${oneLine(d.outcome)}\n` : ""}\n`;
    yield d.arguments.map((a) => `- **${a.stance.toUpperCase()}**${a.parentId ? " (reply)" : ""}: ${oneLine(a.body)} — ${a.author}${a.asAuthor ? " (as author)" : ""}${a.ratingMean === null ? "" : `; impact ${a.ratingMean} from ${a.ratingCount} ratings`}\n`).join("") + "\n";
    yield `${picture(pic.get(`map-${d.id}`))}\n`;
  }

  yield "## Still open or unanswered\n\n";
  yield report.open.questions.length === 0 ? "No open questions.\n\n" : report.open.questions.map((q) => `- [${linkText(q.text)}](${abs(q.link)}) — ${q.status}, ${q.argumentCount} arguments\n`).join("") + "\n";
  yield report.open.unanswered.length === 0 ? "Every question asked in the margin has an answer.\n\n" : "Questions asked in the margin without an answer:\n\n" + report.open.unanswered.map((u) => `- ${oneLine(u.body) || "(no text)"} on “${oneLine(u.quote)}” (${u.section}, ${u.replies} replies) — [open](${abs(u.link)})\n`).join("") + "\n";

  yield "## Orphaned annotations\n\nTheir passage was removed by a revision of the text.\n\n";
  yield report.orphans.length === 0 ? "None.\n" : report.orphans.map((o) => `- ${o.kind} on “${oneLine(o.quote)}”: ${oneLine(o.body)} — [open](${abs(o.link)})\n`).join("");
}
