import { describe, expect, it } from "vitest";
import { type Block, forEachTextBlock, heading, paragraph, type Span, spansText } from "@/lib/documents/import/blocks";
import { findParentheticalCitations } from "@/lib/documents/import/find-citations";
import { findBracketCitations, findParenthesisedCitations } from "@/lib/documents/import/find-numeric-citations";
import { findBracketedPandocCitations, findNarrativePandocCitations } from "@/lib/documents/import/find-pandoc-citations";
import { findReferences } from "@/lib/documents/import/find-references";
import { markCitations } from "@/lib/documents/import/mark-citations";
import { readBibliography } from "@/lib/documents/import/read-bibliography";

/** Every cited passage in the blocks, as [text, key] (one pair per citation mark). */
function cited(blocks: Block[]): [string, string][] {
  const out: [string, string][] = [];
  forEachTextBlock(blocks, (block) => {
    for (const span of block.spans) {
      for (const mark of span.marks) if (mark.type === "citation") out.push([span.text, mark.attrs.key]);
    }
  });
  return out;
}

const texts = (text: string, found: { from: number; to: number }[]) => found.map((mention) => text.slice(mention.from, mention.to));

function numberedList(count: number): Block[] {
  return [heading("References", 2), ...Array.from({ length: count }, (_, i) => paragraph(`[${i + 1}] A. Author${i + 1}. Title number ${i + 1}. Journal, 20${10 + i}.`))];
}

describe("numeric citations", () => {
  it("reads single numbers, ranges and groups, each item its own mention", () => {
    const text = "as shown [12], see [1–3] and [1, 2, 3] or [4,7-9].";
    expect(findBracketCitations(text, 20).map((mention) => [text.slice(mention.from, mention.to), mention.numbers])).toEqual([
      ["[12]", [12]],
      ["[1–3]", [1, 2, 3]],
      ["1", [1]],
      ["2", [2]],
      ["3", [3]],
      ["4", [4]],
      ["7-9", [7, 8, 9]],
    ]);
  });

  it("rejects numbers outside the list, intervals, indexes and link labels", () => {
    expect(findBracketCitations("the interval [0, 1] and x in [2, 30]", 20)).toEqual([]);
    expect(findBracketCitations("ld state[748]; st sp[8], v0", 800)).toEqual([]);
    expect(findBracketCitations("see [1](https://example.org) and", 20)).toEqual([]);
    expect(findBracketCitations("[2]: https://example.org defined", 20)).toEqual([]);
    expect(findBracketCitations("a range [5–2] and [1–90]", 100)).toEqual([]);
    expect(texts("et al.[12] found", findBracketCitations("et al.[12] found", 20))).toEqual(["[12]"]);
    expect(texts("systems [11][14].", findBracketCitations("systems [11][14].", 20))).toEqual(["[11]", "[14]"]);
    expect(texts("as follows [20] [21]:", findBracketCitations("as follows [20] [21]:", 21))).toEqual(["[20]", "[21]"]);
  });

  it('reads "(8)" after a space only, never after an identifier, an equation or a step word', () => {
    const text = "a JIT (8) and mov edi(8), Eq. (3), steps (1) and (2), traces (81) in (2019)";
    expect(texts(text, findParenthesisedCitations(text, 19))).toEqual(["(8)"]);
  });

  it("links numeric citations to the entries of a numbered list, never inside the list", () => {
    const blocks = findReferences([paragraph("Tracing [2] works, as in [1, 3] and [2–3]; not x[1] or [0, 1]."), ...numberedList(3)]);
    const { blocks: marked, citations } = markCitations(blocks);
    expect(cited(marked)).toEqual([
      ["[2]", "ref-2"],
      ["1", "ref-1"],
      ["3", "ref-3"],
      ["[2–3]", "ref-2"],
      ["[2–3]", "ref-3"],
    ]);
    expect(citations.map((work) => [work.key, work.count, work.entryLabel, work.entryText?.slice(0, 14)])).toEqual([
      ["ref-2", 2, "[2]", "[2] A. Author2"],
      ["ref-1", 1, "[1]", "[1] A. Author1"],
      ["ref-3", 2, "[3]", "[3] A. Author3"],
    ]);
  });

  it('cites "(8)" only when the list is numbered and the paper never cites in brackets', () => {
    const paren = markCitations(findReferences([paragraph("A compiler (2) and a VM (3)."), ...numberedList(3)]));
    expect(cited(paren.blocks)).toEqual([
      ["(2)", "ref-2"],
      ["(3)", "ref-3"],
    ]);
    const mixed = markCitations(findReferences([paragraph("A compiler [2] does (3) things."), ...numberedList(3)]));
    expect(cited(mixed.blocks)).toEqual([["[2]", "ref-2"]]);
    const unnumbered = markCitations(findReferences([paragraph("A compiler (2) and [3]."), heading("References", 2), paragraph("Smith, J. (2019). A title. Press.")]));
    expect(cited(unnumbered.blocks)).toEqual([]);
  });
});

describe("author–year citations", () => {
  it("never takes a date, a month or a period for a citation", () => {
    for (const text of ["(Jan 2017)", "(February-June 2020)", "(January 2020 - June 2020)", "(in March and April 2003)", "(1985-2000)", "(Nov. 2013)", "(Spring 2019)"]) {
      expect(findParentheticalCitations(text)).toEqual([]);
    }
    const { citations } = markCitations([paragraph("Published in May (2019) and between (February-June 2020), in Jan 2017, by J. (2019).")]);
    expect(citations).toEqual([]);
  });

  it("reads locators and several works, and links to list entries by surname and year with suffixes", () => {
    const blocks = findReferences([
      paragraph("As (see Liu 2019, p. 3; Ahmed 2017a) and Ahmed (2017b) showed, (Chen, Lin & Liu, 2018) agree."),
      heading("References", 2),
      paragraph("Ahmed, S. (2017a). First paper. Press."),
      paragraph("Ahmed, S. (2017b). Second paper. Press."),
      paragraph("Chen, Y., Lin, C., & Liu, H. (2018). Rule of trust. Journal, 3."),
      paragraph("Liu, C. (2019). Multiple social credit systems. Asian Journal, 4."),
    ]);
    const { blocks: marked, citations } = markCitations(blocks);
    expect(cited(marked)).toEqual([
      ["Liu 2019, p. 3", "ref-4"],
      ["Ahmed 2017a", "ref-1"],
      ["Ahmed (2017b)", "ref-2"],
      ["Chen, Lin & Liu, 2018", "ref-3"],
    ]);
    expect(citations.find((work) => work.key === "ref-3")?.label).toBe("Chen, Lin & Liu, 2018");
  });

  it("takes a suffix as the list position when the list prints bare years", () => {
    const blocks = findReferences([
      paragraph("Both (Siems, 2019b) and (Siems, 2019a)."),
      heading("Bibliography", 2),
      paragraph("Siems, M. 2019. The first. Press."),
      paragraph("Siems, M. 2019. The second. Press."),
    ]);
    expect(cited(markCitations(blocks).blocks)).toEqual([
      ["Siems, 2019b", "ref-2"],
      ["Siems, 2019a", "ref-1"],
    ]);
  });

  it("keeps normalised keys when there is no list, and skips URLs, code, math and tables", () => {
    const code: Span = { text: "(Smith, 2019)", marks: [{ type: "code" }] };
    const blocks: Block[] = [
      paragraph("See https://example.org/(Smith, 2019) and (Smith, 2019)."),
      { kind: "paragraph", spans: [{ text: "inline ", marks: [] }, code] },
      { kind: "code", spans: [{ text: "f (Smith, 2019)", marks: [] }] },
      { kind: "math", spans: [{ text: "x (Smith, 2019)", marks: [] }] },
      { kind: "table", children: [{ kind: "tableRow", children: [{ kind: "tableCell", header: false, children: [paragraph("(Smith, 2019)")] }] }] },
    ];
    const { blocks: marked, citations } = markCitations(blocks);
    expect(cited(marked)).toEqual([["Smith, 2019", "smith-2019"]]);
    expect(citations).toEqual([{ key: "smith-2019", label: "Smith, 2019", count: 1 }]);
  });
});

describe("pandoc citations", () => {
  it("reads bracketed groups with prefixes and locators, suppressed authors, and narrative keys", () => {
    const text = "As [@romanowska2023] and [see @a; @b, p. 3] or [-@doe99] say, @smith04 agrees; mail x@y.org, \\@ref(fig:a).";
    const bracketed = findBracketedPandocCitations(text);
    expect(bracketed.map((mention) => [text.slice(mention.from, mention.to), mention.key])).toEqual([
      ["@romanowska2023", "romanowska2023"],
      ["@a", "a"],
      ["@b, p. 3", "b"],
      ["-@doe99", "doe99"],
    ]);
    const narrative = findNarrativePandocCitations(text, (key) => key === "smith04" || key === "ref", bracketed);
    expect(narrative.map((mention) => text.slice(mention.from, mention.to))).toEqual(["@smith04"]);
    expect(findBracketedPandocCitations("[email me @ home] [@a](http://x) [no key]")).toEqual([]);
  });

  it("resolves keys from the front matter's CSL references and a BibTeX file, and lists the cited works", () => {
    const bibliography = readBibliography({
      bibtex: "@article{wilson2014, author = {Wilson, Greg and Aruliah, D. A.}, title = {Best Practices for Scientific Computing}, journal = {PLoS Biology}, year = {2014}}",
      frontMatter: { references: [{ id: "doe99", author: [{ family: "Doe", given: "J." }], issued: { "date-parts": [[1999]] }, title: "A Book" }] },
    });
    const { blocks, citations } = markCitations([heading("Intro", 1), paragraph("Practices [@wilson2014, p. 2] and @doe99 and [@unknown2020]."), heading("References", 1)], {
      bibliography,
    });
    expect(cited(blocks)).toEqual([
      ["@wilson2014, p. 2", "wilson2014"],
      ["@doe99", "doe99"],
      ["@unknown2020", "unknown2020"],
    ]);
    expect(citations.map((work) => [work.key, work.entryText])).toEqual([
      ["wilson2014", "Wilson, Greg; Aruliah, D. A. (2014). Best Practices for Scientific Computing. PLoS Biology."],
      ["doe99", "Doe, J. (1999). A Book."],
      ["unknown2020", undefined],
    ]);
    // The cited works become the list under the paper's own References heading, sorted.
    const list = blocks[3];
    expect(blocks[2]).toMatchObject({ kind: "heading" });
    expect(list.kind).toBe("references");
    if (list.kind === "references") expect(list.children.map((entry) => [entry.key, spansText(entry.spans).slice(0, 8)])).toEqual([["doe99", "Doe, J. "], ["wilson2014", "Wilson, "]]);
  });
});

describe("link keys", () => {
  it('cites a link to "#key" that names a list entry, not one that names nothing', () => {
    const link = (key: string): Span => ({ text: key, marks: [{ type: "link", attrs: { href: `#${key}` } }] });
    const blocks = findReferences([
      { kind: "paragraph", spans: [{ text: "Practices [", marks: [] }, link("wilson2014"), { text: "] and [", marks: [] }, link("laurent2004"), { text: "].", marks: [] }] },
      heading("Bibliography", 2),
      paragraph("[wilson2014]: Wilson G, Aruliah DA. Best Practices for Scientific Computing. PLoS Biology. 2014;12(1)."),
      paragraph("[stlaurent2004]: St Laurent AM. Understanding Open Source. O'Reilly Media; 2004."),
    ]);
    const { blocks: marked, citations } = markCitations(blocks);
    expect(cited(marked)).toEqual([["wilson2014", "ref-1"]]);
    expect(citations[0]).toMatchObject({ key: "ref-1", label: "[wilson2014]", count: 1 });
  });
});

describe("labelled lists: RFC keys, reStructuredText and Wikipedia notes", () => {
  it('cites "[RFC2396]" naming a keyed entry, across Normative and Informative lists', () => {
    const blocks = findReferences([
      paragraph("Updates [RFC2396] and uses [RFC2234]; not [Page 4] nor [TODO]."),
      heading("10. References", 2),
      heading("10.1. Normative References", 3),
      { kind: "code", spans: [{ text: "[RFC2234]  Crocker, D. and P. Overell, \"ABNF\",\n           RFC 2234, November 1997.", marks: [] }] },
      heading("10.2. Informative References", 3),
      paragraph("[RFC2396] Berners-Lee, T., \"URI: Generic Syntax\", RFC 2396, August 1998."),
    ]);
    expect(blocks.filter((block) => block.kind === "references")).toHaveLength(2);
    expect(cited(markCitations(blocks).blocks)).toEqual([
      ["[RFC2396]", "ref-2"],
      ["[RFC2234]", "ref-1"],
    ]);
  });

  it('reads ".. [2]" entries and "[4]_" calls, and Wikipedia\'s "[3]" note links after a word', () => {
    const rest = findReferences([
      paragraph("See the guide [2]_ and the book [3]_."),
      heading("References", 1),
      paragraph(".. [2] Barry's GNU Mailman style guide http://barry.warsaw.us/software/STYLEGUIDE.txt"),
      paragraph(".. [3] Donald Knuth's The TeXBook, pages 195 and 196, 1986."),
    ]);
    expect(cited(markCitations(rest).blocks)).toEqual([
      ["[2]", "ref-1"],
      ["[3]", "ref-2"],
    ]);
    const wiki = findReferences([
      { kind: "paragraph", spans: [{ text: "Hermitian", marks: [] }, { text: "[1]", marks: [{ type: "link", attrs: { href: "#cite_note-HornJohnson-1" } }] }, { text: " matrix.", marks: [] }] },
      heading("References", 2),
      { kind: "list", ordered: true, children: [{ kind: "listItem", children: [paragraph("Horn, R. A.; Johnson, C. R. (2013). Matrix Analysis.")] }] },
    ]);
    expect(cited(markCitations(wiki).blocks)).toEqual([["[1]", "ref-1"]]);
  });

  it("does not take a copyright line for a narrative citation", () => {
    expect(markCitations([paragraph("Copyright (C) The Internet Society (2005). All Rights Reserved.")]).citations).toEqual([]);
  });
});

describe("citations on pathological input", () => {
  it("marks 30,000 citations in one paragraph in linear time", () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `claim [${(i % 3) + 1}] (Smith, 2019) [@key${i % 7}2020]`).join(" ");
    const started = performance.now();
    const { citations } = markCitations(findReferences([paragraph(text), ...numberedList(3)]));
    expect(citations.reduce((sum, work) => sum + work.count, 0)).toBe(30_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

