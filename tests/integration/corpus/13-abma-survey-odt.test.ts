import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/documents/import";
import { detectFormat } from "@/lib/documents/import";
import { parseOdt } from "@/lib/documents/import/parse-odt";
import { find } from "../../unit/documents/block-helpers";
import { requireShared } from "../../support/shared-folder";
import { corpusDocument, expectProbes, expectSensibleQuestions, importCorpus, squash, storeCorpus } from "./corpus";

const doc = corpusDocument("13-abma-appendix1-survey.odt");

/** The survey's questions as content.xml has them: paragraphs starting "Question N". */
async function surveyQuestions(bytes: Buffer): Promise<string[]> {
  const content = await (await JSZip.loadAsync(bytes)).file("content.xml")!.async("string");
  const paragraphs = [...content.matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((match) =>
    squash(match[1].replace(/<text:s\/>/g, " ").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&")),
  );
  return paragraphs.filter((text) => /^Question \d+ /.test(text));
}

describe("corpus 13: an OpenDocument text (the ABMA pre-workshop survey)", () => {
  if (!requireShared(doc.missing)) return;
  let paper: ImportedPaper;
  let questions: string[];
  beforeAll(async () => {
    paper = await importCorpus(doc.file, doc.name);
    questions = await surveyQuestions(readFileSync(doc.file));
  });

  it("is recognised as ODT and imported, with the title from meta.xml", () => {
    expect(detectFormat(readFileSync(doc.file), doc.name)).toBe("odt");
    expect(paper.meta.title).toBe("Agent-Based Modelling for Archeologists (CAA-DE/NLFl)");
  });

  it("keeps its heading and all sixteen questions, in order", () => {
    expect(paper.headings).toEqual(["Appendix 1: Survey questions asked before the ABM workshop"]);
    expect(questions).toHaveLength(16);
    expectProbes(paper.plainText, questions);
    const positions = questions.map((question) => paper.plainText.indexOf(question));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("makes the answer options lists", async () => {
    const { blocks } = await parseOdt(readFileSync(doc.file));
    const lists = find(blocks, "list");
    expect(lists.length).toBeGreaterThanOrEqual(14);
    expectProbes(paper.plainText, ["Beginner (1)\n\nExperienced (2)\n\nExpert (5)"]);
  });

  it("offers the survey's questions that end with a question mark as questions, and stores as imported", async () => {
    expectSensibleQuestions(paper);
    const quotes = paper.questions.map((question) => question.quote);
    for (const question of questions.filter((text) => text.endsWith("?"))) expect(quotes).toContain(question);
    const stored = await storeCorpus(doc.file, doc.name);
    expect(stored.plainText).toBe(paper.plainText);
    expect(stored.sourceText).toBe(paper.plainText); // never the ZIP's bytes
  });
});
