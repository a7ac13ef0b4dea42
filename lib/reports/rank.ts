import type { ClaimStatus } from "@/lib/annotations/claim-status";
import { sortClaims } from "@/lib/claims/sort-claims";
import { spanAt, type ParagraphSpan, type SectionSpan } from "./sections";
import type { DebateBalance, ReportClaim, ReportPassage, ReportSection } from "./types";

/**
 * The report's pure computations, kept apart from the queries so a fixed fixture pins them down
 * (tests/unit/reports). Everything here ranks claims, passages and debates, never people.
 */

export const BALANCE_NOTE =
  "Balance: for the arguments made directly for (pro) or against (con) the question, each argument's impact is the mean of its ratings (0–4; an unrated argument counts 0). Pro total and con total are the sums on each side; the balance is pro − con. Replies to arguments are shown in the map but do not enter the totals.";

/** Claims ranked as on the Claims tab's "contested" order: both sides large and balanced first. */
export function rankClaims(claims: ReportClaim[]): ReportClaim[] {
  return sortClaims(claims, "contested");
}

export const round2 = (value: number) => Math.round(value * 100) / 100;

/** Total impact of pro against con over the top-level arguments (see BALANCE_NOTE). */
export function debateBalance(args: { parentId: string | null; stance: "pro" | "con"; ratingMean: number | null }[]): DebateBalance {
  let pro = 0;
  let con = 0;
  for (const arg of args) {
    if (arg.parentId !== null) continue;
    if (arg.stance === "pro") pro += arg.ratingMean ?? 0;
    else con += arg.ratingMean ?? 0;
  }
  pro = round2(pro);
  con = round2(con);
  const net = round2(pro - con);
  return { pro, con, net, leaning: net > 0 ? "pro" : net < 0 ? "con" : "even" };
}

/** What the passage and section rankings need of an annotation (group, visible, not orphaned). */
export interface PlacedAnnotation {
  start: number;
  kind: "comment" | "question" | "claim";
  replies: number;
  supported: number;
  contested: number;
}

/**
 * Passages with the most discussion: annotations grouped by the paragraph their passage starts
 * in, ranked by activity (annotations + replies + stances), ties in reading order.
 */
export function rankPassages(
  annotations: PlacedAnnotation[],
  paragraphs: ParagraphSpan[],
  sectionTitle: (offset: number) => string,
  link: (start: number, end: number) => string,
  limit = 10,
): ReportPassage[] {
  const byStart = new Map<number, ReportPassage>();
  for (const annotation of annotations) {
    const paragraph = spanAt(paragraphs, annotation.start);
    if (!paragraph) continue;
    let passage = byStart.get(paragraph.start);
    if (!passage) {
      const quote = paragraph.text.length > 280 ? `${paragraph.text.slice(0, 279).trimEnd()}…` : paragraph.text;
      passage = { start: paragraph.start, end: paragraph.end, quote, section: sectionTitle(paragraph.start), annotations: 0, replies: 0, stances: 0, activity: 0, kinds: { comment: 0, question: 0, claim: 0 }, link: link(paragraph.start, paragraph.end) };
      byStart.set(paragraph.start, passage);
    }
    passage.annotations++;
    passage.replies += annotation.replies;
    passage.stances += annotation.supported + annotation.contested;
    passage.kinds[annotation.kind]++;
  }
  const passages = [...byStart.values()];
  for (const passage of passages) passage.activity = passage.annotations + passage.replies + passage.stances;
  return passages.sort((a, b) => b.activity - a.activity || a.start - b.start).slice(0, limit);
}

const emptyStatuses = (): Record<ClaimStatus, number> => ({ unreviewed: 0, supported: 0, contested: 0, disputed: 0 });

/** Per section: annotation and contest counts and densities (per 1,000 characters), claim statuses. */
export function sectionStats(
  sections: SectionSpan[],
  annotations: (PlacedAnnotation & { status?: ClaimStatus })[],
  link: (start: number, end: number) => string,
): ReportSection[] {
  const stats: ReportSection[] = sections.map((s) => ({ ...s, annotations: 0, contestedStances: 0, annotationDensity: 0, contestDensity: 0, statuses: emptyStatuses(), link: link(s.start, s.end) }));
  for (const annotation of annotations) {
    const section = spanAt(stats, annotation.start);
    if (!section) continue;
    section.annotations++;
    section.contestedStances += annotation.contested;
    if (annotation.kind === "claim" && annotation.status) section.statuses[annotation.status]++;
  }
  for (const section of stats) {
    const thousands = Math.max(section.end - section.start, 1) / 1000;
    section.annotationDensity = round2(section.annotations / thousands);
    section.contestDensity = round2(section.contestedStances / thousands);
  }
  return stats;
}
