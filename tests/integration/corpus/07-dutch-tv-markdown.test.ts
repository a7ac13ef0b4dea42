import { beforeAll, describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/documents/import";
import { parseMarkdown } from "@/lib/documents/import/parse-markdown";
import { find, texts } from "../../unit/documents/block-helpers";
import { requireShared } from "../../support/shared-folder";
import { corpusDocument, expectProbes, expectSensibleQuestions, importCorpus, markdownHeadings, sourceText, storeCorpus } from "./corpus";

const doc = corpusDocument("07-factual-divergences-dutch-tv.md");

describe("corpus 07: Hugo Markdown data story (front matter, figures with repeated captions, numbered lists, quotes)", () => {
  if (!requireShared(doc.missing)) return;
  let paper: ImportedPaper;
  let source: string;
  beforeAll(async () => {
    source = sourceText(doc.file);
    paper = await importCorpus(doc.file, doc.name);
  });

  it("takes the title from the front matter and shows none of it", () => {
    expect(paper.meta.title).toBe("Factual divergences in Dutch television news: comparisons between AIDS/HIV, SARS and COVID-19 news reportings");
    expect(paper.meta.date).toBe("2020-07-07");
    expect(paper.plainText).not.toMatch(/^title:|^date:|^description:|2020-07-07/m);
    expect(paper.headings[0]).toBe("Introduction");
  });

  it("keeps all 27 headings in order", () => {
    const headings = markdownHeadings(source);
    expect(headings).toHaveLength(27);
    expect(paper.headings).toEqual(headings);
  });

  it("reads the probes contiguously across sections and inside the quotation", () => {
    expectProbes(paper.plainText, [
      "Social media users contest official claims not just with “alternative” theories of events, but also with a pool of information far outside the confines of national broadcasting.",
      "The Media Suite is particularly useful for obtaining what the web usually does not have: recently digitized television programs.",
      "There are no easy solutions and thirdly the condom is not the solution.",
      "Though we have found few instances of Dutch television peddling misinformation on AIDS/HIV, SARS, and COVID-19",
    ]);
  });

  it("makes each figure one caption (the repeated italic line is not kept twice) and keeps the numbered lists' numbers", () => {
    const figures = (source.match(/^!\[/gm) ?? []).length;
    const { blocks } = parseMarkdown(source);
    const captions = find(blocks, "caption");
    expect(captions).toHaveLength(figures);
    expect(paper.plainText.split("Fig. 1. Amount of ASR files for the queries “HIV” or “AIDS”").length - 1).toBe(1);
    const ordered = blocks.filter((block) => block.kind === "list" && block.ordered);
    expect(ordered.map((list) => (list.kind === "list" ? (list.start ?? 1) : 0)).slice(0, 3)).toEqual([1, 2, 3]);
    expect(texts(find(blocks, "blockquote")).length).toBeGreaterThanOrEqual(2);
  });

  it("has sensible questions only (the document asks seven), and stores as imported", async () => {
    expectSensibleQuestions(paper);
    expect(paper.questions.map((question) => question.quote)).toContain("Are children contagious?");
    const stored = await storeCorpus(doc.file, doc.name);
    expect(stored.plainText).toBe(paper.plainText);
  });
});
