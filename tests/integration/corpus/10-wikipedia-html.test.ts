import { beforeAll, describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/documents/import";
import { spansText } from "@/lib/documents/import/blocks";
import { parseHtml } from "@/lib/documents/import/parse-html";
import { find } from "../../unit/documents/block-helpers";
import { requireShared } from "../../support/shared-folder";
import { corpusDocument, expectProbes, expectSensibleQuestions, importCorpus, sourceText, storeCorpus } from "./corpus";

const doc = corpusDocument("10-wikipedia-hermitian-matrix.html");

describe("corpus 10: a saved Wikipedia page (scripts, MathML, edit links, navigation)", () => {
  if (!requireShared(doc.missing)) return;
  let paper: ImportedPaper;
  let source: string;
  beforeAll(async () => {
    source = sourceText(doc.file);
    paper = await importCorpus(doc.file, doc.name);
  });

  it("is imported, not refused for its scripts, and the notices count them", () => {
    // Six <script> elements outside the IE conditional comment.
    const scripts = (source.replace(/<!--[\s\S]*?-->/g, "").match(/<script[\s>]/g) ?? []).length;
    expect(scripts).toBe(6);
    expect(paper.notices).toContainEqual({ code: "removed_scripts", count: 6, message: "Removed 6 scripts." });
    expect(paper.plainText).not.toMatch(/RLQ|mw\.config|document\.documentElement/);
  });

  it("takes the article title and its twelve section headings, without [edit]", () => {
    expect(paper.meta.title).toBe("Hermitian matrix");
    const headings = [...source.matchAll(/<span class="mw-headline" id="[^"]*">([^<]*)<\/span>/g)].map((match) => match[1]);
    expect(headings).toHaveLength(12);
    expect(paper.headings).toEqual(headings);
  });

  it("keeps the formulas as TeX, inline and displayed", () => {
    expect(paper.plainText).not.toMatch(/denoted by , then|\{\\displaystyle/);
    expectProbes(paper.plainText, [
      "If the conjugate transpose of a matrix A is denoted by A^{\\mathsf {H}}, then the Hermitian property can be written concisely as",
      "Hermitian matrices are named after Charles Hermite, who demonstrated in 1855 that matrices of this form share a property with real symmetric matrices",
      "The Rayleigh quotient is used in the min-max theorem to get exact values of all eigenvalues.",
    ]);
    const { blocks } = parseHtml(source);
    const display = find(blocks, "math").map((math) => spansText(math.spans));
    expect(display).toContain("A{\\text{ Hermitian}}\\quad \\iff \\quad a_{ij}={\\overline {a_{ji}}}");
    expect(display.length).toBeGreaterThanOrEqual(8);
  });

  it("drops the navigation and maintenance boxes and lists the five references as entries", () => {
    expect(paper.plainText).not.toMatch(/Jump to navigation|Navigation menu|Personal tools|Main page|needs expansion/);
    const { blocks } = parseHtml(source);
    const [references] = find(blocks, "references");
    expect(references.children.map((entry) => entry.label)).toEqual(["1.", "2.", "3.", "4.", "5."]);
    expect(spansText(references.children[1].spans).trim()).toBe("Physics 125 Course Notes at California Institute of Technology");
  });

  it("has no junk questions, and stores as imported", async () => {
    expectSensibleQuestions(paper);
    const stored = await storeCorpus(doc.file, doc.name);
    expect(stored.plainText).toBe(paper.plainText);
  });
});
