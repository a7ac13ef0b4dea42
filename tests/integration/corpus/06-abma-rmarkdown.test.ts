import { beforeAll, describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/documents/import";
import { find, texts } from "../../unit/documents/block-helpers";
import { parseMarkdown } from "@/lib/documents/import/parse-markdown";
import { requireShared } from "../../support/shared-folder";
import { corpusDocument, expectProbes, expectSensibleQuestions, importCorpus, markdownHeadings, sourceText, storeCorpus } from "./corpus";

const doc = corpusDocument("06-abma-lessons-learned.md");

describe("corpus 06: R Markdown paper (YAML front matter, pandoc citations, a pipe table, bookdown references)", () => {
  if (!requireShared(doc.missing)) return;
  let paper: ImportedPaper;
  let source: string;
  beforeAll(async () => {
    source = sourceText(doc.file);
    paper = await importCorpus(doc.file, doc.name);
  });

  it("takes title and authors from the YAML and never shows the front matter", () => {
    expect(paper.meta.title).toBe("Lessons learned: creating tutorials to teach agent-based modelling to archaeologists");
    expect(paper.meta.authors).toHaveLength(10);
    expect(paper.meta.authors?.[0]).toBe("Ronald M. Visser");
    expect(paper.meta.authors?.[9]).toBe("Adam Pažout");
    expect(paper.plainText).not.toMatch(/orcid_id|distill::|bookdown::|bibliography: references\.bib|knit:/);
  });

  it("makes the YAML abstract the abstract, at the start", () => {
    expect(paper.doc.content[0].type).toBe("abstract");
    expect(paper.plainText.startsWith("Agent-based modelling (ABM) is one of the most widely applied computational modelling research techniques in archaeology")).toBe(true);
  });

  it("keeps all 21 headings in order", () => {
    const headings = markdownHeadings(source);
    expect(headings).toHaveLength(21);
    expect(paper.headings).toEqual(headings);
    expect(headings.slice(0, 3)).toEqual(["Introduction", "Methods", "Open educational resources"]);
  });

  it("reads the probes contiguously, from the first section to the conclusion", () => {
    expectProbes(paper.plainText, [
      "Agent-based modelling is a simulation technique where autonomous agents interact with each other and with their environment.",
      "Only 13.8% received training as a formal part of a degree.",
      "A large proportion of the participants in the workshops gave us information using the survey before the workshops (172 of 368 participants).",
      "The demand for tutorials exceeded our expectations, showing the importance of creating these materials.",
    ]);
  });

  it("resolves bookdown cross-references and labels instead of showing them", () => {
    expect(paper.plainText).not.toMatch(/@ref\(|\(\\?#(?:fig|tab):/);
    expectProbes(paper.plainText, ["all of which were run by members of the project team (Table 1)", "Table 1: Conferences, events and situations where workshops were held"]);
    // Nine figures are labelled (\#fig:…) in the source; the last reference names the ninth.
    expect((source.match(/\(\\#fig:/g) ?? []).length).toBe(9);
    expectProbes(paper.plainText, ["(see Figure 9)", "Figure 9: Respondents rating of the teaching material"]);
  });

  it("keeps the bullet lists, the table (header and 9 rows) and the skills code block", () => {
    const { blocks } = parseMarkdown(source);
    const [table] = find(blocks, "table");
    expect(table.children).toHaveLength(10);
    expect(table.children[0].children.every((cell) => cell.header)).toBe(true);
    expect(texts(table.children[9].children)).toEqual(["paragraph: Total", "paragraph: ", "paragraph: ", "paragraph: 368", "paragraph: >628"]);
    expect(find(blocks, "list").length).toBeGreaterThanOrEqual(5);
    const [code] = find(blocks, "code").filter((block) => block.spans[0]?.text.includes("Analytical Skills"));
    expect(code.spans[0].text).toContain("38  Analytical Skills\n  38.1 Modelling\n");
  });

  it("has no junk questions, and stores in PostgreSQL as imported", async () => {
    expectSensibleQuestions(paper);
    const stored = await storeCorpus(doc.file, doc.name);
    expect(stored.plainText).toBe(paper.plainText);
  });
});
