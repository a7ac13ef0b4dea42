import { describe, expect, it } from "vitest";
import { debateBalance, rankClaims, rankPassages, sectionStats } from "@/lib/reports/rank";
import { sectionsOf, spanAt, type ParagraphSpan } from "@/lib/reports/sections";
import type { ReportClaim } from "@/lib/reports";

// A fixed fixture: a 100-character paper of five paragraphs, two of them headings.
const PARAGRAPHS: ParagraphSpan[] = [
  { start: 0, end: 10, text: "Abstract..", heading: false },
  { start: 12, end: 20, text: "Methods.", heading: true },
  { start: 22, end: 60, text: "x".repeat(38), heading: false },
  { start: 62, end: 70, text: "Results.", heading: true },
  { start: 72, end: 100, text: "y".repeat(28), heading: false },
];
const link = (s: number, e: number) => `#${s}-${e}`;

function claim(id: string, supported: number, contested: number, start: number, createdAt = "2026-01-01T00:00:00.000Z"): ReportClaim {
  return { id, quote: id, body: "", author: "A", section: "", anchor: { start, end: start + 1 }, createdAt, status: "unreviewed", claim: { supported, contested }, reasons: { supported: [], contested: [] }, revised: null, replies: 0, link: "" };
}

describe("report rankings", () => {
  it("sections run from heading to heading, with an Opening before the first", () => {
    const sections = sectionsOf(PARAGRAPHS, 100);
    expect(sections).toEqual([
      { index: 0, title: "Opening", start: 0, end: 12 },
      { index: 1, title: "Methods.", start: 12, end: 62 },
      { index: 2, title: "Results.", start: 62, end: 100 },
    ]);
    expect(spanAt(sections, 61)?.title).toBe("Methods.");
    expect(spanAt(sections, 62)?.title).toBe("Results.");
    expect(sectionsOf([{ start: 0, end: 5, text: "Intro", heading: true }], 5)).toEqual([{ index: 0, title: "Intro", start: 0, end: 5 }]);
    expect(sectionsOf([], 0)).toEqual([{ index: 0, title: "Opening", start: 0, end: 0 }]);
  });

  it("ranks claims as the Claims tab does: any dispute first (smaller side, then total), ties in reading order", () => {
    const ranked = rankClaims([claim("one-sided-big", 9, 0, 5), claim("dispute-1-1", 1, 1, 50), claim("dispute-3-1", 3, 1, 40), claim("dispute-2-2", 2, 2, 30), claim("none", 0, 0, 1), claim("tie-later", 1, 1, 60)]);
    expect(ranked.map((c) => c.id)).toEqual(["dispute-2-2", "dispute-3-1", "dispute-1-1", "tie-later", "one-sided-big", "none"]);
  });

  it("balance: mean impact of top-level arguments summed per side, unrated counting 0, replies left out", () => {
    expect(
      debateBalance([
        { parentId: null, stance: "pro", ratingMean: 3.5 },
        { parentId: null, stance: "pro", ratingMean: null },
        { parentId: null, stance: "con", ratingMean: 2 },
        { parentId: null, stance: "con", ratingMean: 1.25 },
        { parentId: "a", stance: "pro", ratingMean: 4 },
      ]),
    ).toEqual({ pro: 3.5, con: 3.25, net: 0.25, leaning: "pro" });
    expect(debateBalance([{ parentId: null, stance: "con", ratingMean: 1 / 3 }])).toEqual({ pro: 0, con: 0.33, net: -0.33, leaning: "con" });
    expect(debateBalance([])).toEqual({ pro: 0, con: 0, net: 0, leaning: "even" });
  });

  const annotations = [
    { start: 25, kind: "claim" as const, replies: 2, supported: 1, contested: 2, status: "disputed" as const },
    { start: 30, kind: "comment" as const, replies: 0, supported: 0, contested: 0 },
    { start: 75, kind: "question" as const, replies: 4, supported: 0, contested: 0 },
    { start: 80, kind: "claim" as const, replies: 0, supported: 0, contested: 0, status: "unreviewed" as const },
    { start: 3, kind: "claim" as const, replies: 0, supported: 1, contested: 0, status: "supported" as const },
  ];

  it("passages: annotations grouped by paragraph, ranked by annotations + replies + stances", () => {
    const sections = sectionsOf(PARAGRAPHS, 100);
    const passages = rankPassages(annotations, PARAGRAPHS, (o) => spanAt(sections, o)!.title, link);
    expect(passages.map((p) => [p.start, p.annotations, p.replies, p.stances, p.activity, p.section])).toEqual([
      [22, 2, 2, 3, 7, "Methods."],
      [72, 2, 4, 0, 6, "Results."],
      [0, 1, 0, 1, 2, "Opening"],
    ]);
    expect(passages[0]).toMatchObject({ kinds: { comment: 1, question: 0, claim: 1 }, link: "#22-60" });
    expect(rankPassages(annotations, PARAGRAPHS, () => "", link, 1)).toHaveLength(1);
  });

  it("section stats: counts, densities per 1,000 characters, claim statuses", () => {
    const stats = sectionStats(sectionsOf(PARAGRAPHS, 100), annotations, link);
    expect(stats.map((s) => [s.title, s.annotations, s.contestedStances, s.annotationDensity, s.contestDensity])).toEqual([
      ["Opening", 1, 0, 83.33, 0],
      ["Methods.", 2, 2, 40, 40],
      ["Results.", 2, 0, 52.63, 0],
    ]);
    expect(stats[1].statuses).toEqual({ unreviewed: 0, supported: 0, contested: 0, disputed: 1 });
    expect(stats[2].statuses).toEqual({ unreviewed: 1, supported: 0, contested: 0, disputed: 0 });
  });
});
