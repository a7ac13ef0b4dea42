import { describe, expect, it } from "vitest";
import { type Block, heading, paragraph, type ReferenceBlock, spansText } from "@/lib/documents/import/blocks";
import { findAbstract } from "@/lib/documents/import/find-abstract";
import { findQuestions, readsAsQuestion } from "@/lib/documents/import/find-questions";
import { findReferences } from "@/lib/documents/import/find-references";
import { splitEntries } from "@/lib/documents/import/split-references";
import type { PaperDocJson } from "@/lib/documents/import/plain-text";

function entries(blocks: Block[]): [string, string | undefined, string][] {
  const list = blocks.find((block) => block.kind === "references");
  if (!list || list.kind !== "references") return [];
  return list.children.map((entry: ReferenceBlock) => [entry.key, entry.label, spansText(entry.spans)]);
}

const bold = (text: string) => ({ text, marks: [{ type: "bold" as const }] });

describe("find-references", () => {
  it('splits a paragraph holding "[1] … [2] …" in sequence, never at a number cited inside an entry', () => {
    const text = "[1] A. Aho. Compilers, 2006. [2] V. Bala. Dynamo, see [12]. 2000. [3] M. Berndl. Context threading, 2005.";
    expect(splitEntries(text).map((entry) => [text.slice(entry.from, entry.to), entry.label])).toEqual([
      ["[1] A. Aho. Compilers, 2006.", "[1]"],
      ["[2] V. Bala. Dynamo, see [12]. 2000.", "[2]"],
      ["[3] M. Berndl. Context threading, 2005.", "[3]"],
    ]);
  });

  it('splits "1. … 2. …" and author–year entries run together', () => {
    const dotted = "1. Büchler, A.O.: Software Engineering Repository (2017) 2. Kopp, O.: Markdown ADRs. CEUR vol. 2072. (2018)";
    expect(splitEntries(dotted).map((entry) => dotted.slice(entry.from, entry.to))).toEqual([
      "1. Büchler, A.O.: Software Engineering Repository (2017)",
      "2. Kopp, O.: Markdown ADRs. CEUR vol. 2072. (2018)",
    ]);
    const authorYear = "Chen, Y., Lin, C. (2018). Rule of trust. Journal of Law, 3. Creemers, R. (2018). China's Social Credit System. SSRN.";
    expect(splitEntries(authorYear).map((entry) => authorYear.slice(entry.from, entry.to))).toEqual([
      "Chen, Y., Lin, C. (2018). Rule of trust. Journal of Law, 3.",
      "Creemers, R. (2018). China's Social Credit System. SSRN.",
    ]);
  });

  it("builds one entry per work under any references heading, rejoining fragments cut by a column break", () => {
    for (const title of ["References", "6. REFERENCES", "VII. References", "Bibliography", "Works Cited", "Literature"]) {
      const blocks = findReferences([
        heading("Intro", 2),
        paragraph("Body [1]."),
        heading(title, 3),
        paragraph("[1] LuaJIT roadmap 2008 - http://lua-users.org. [2] SpiderMonkey"),
        paragraph("(JavaScript-C) Engine http://www.mozilla.org/js/spidermonkey/."),
        paragraph("[3] A. Gal. Efficient Bytecode Verification. PhD thesis, 2006."),
        heading("Appendix", 2),
        paragraph("Not a reference."),
      ]);
      expect(entries(blocks)).toEqual([
        ["ref-1", "[1]", "[1] LuaJIT roadmap 2008 - http://lua-users.org."],
        ["ref-2", "[2]", "[2] SpiderMonkey (JavaScript-C) Engine http://www.mozilla.org/js/spidermonkey/."],
        ["ref-3", "[3]", "[3] A. Gal. Efficient Bytecode Verification. PhD thesis, 2006."],
      ]);
      expect(blocks.map((block) => block.kind)).toEqual(["heading", "paragraph", "heading", "references", "heading", "paragraph"]);
    }
  });

  it("keeps running text that a PDF's layout dropped between numbered entries out of them", () => {
    const blocks = findReferences([
      heading("References", 2),
      paragraph("[1] Hu W. Phys. Rev. Lett. 85 (2000)."),
      paragraph("All the analysis was done using the public code CMBFAST [2]. And all the curves were compared to WMAP."),
      paragraph("[2] Seljak U. and Zaldarriaga M. Astrophys. J. 469 (1996)."),
    ]);
    expect(entries(blocks).map(([key, label]) => [key, label])).toEqual([["ref-1", "[1]"], ["ref-2", "[2]"]]);
    expect(blocks.map((block) => block.kind)).toEqual(["heading", "references", "paragraph"]);
  });

  it("takes list items one each (numbered by the list), and keyed entries", () => {
    const blocks = findReferences([
      heading("References", 2),
      {
        kind: "list",
        ordered: true,
        children: [
          { kind: "listItem", children: [paragraph("Smith, J. (2019). A title.")] },
          { kind: "listItem", children: [paragraph("Jones, K. (2020). Another.")] },
        ],
      },
    ]);
    expect(entries(blocks)).toEqual([
      ["ref-1", "1.", "Smith, J. (2019). A title."],
      ["ref-2", "2.", "Jones, K. (2020). Another."],
    ]);
    const keyed = findReferences([heading("Bibliography", 2), paragraph("[hunt1999]: Hunt A, Thomas D. The Pragmatic Programmer. Addison-Wesley; 1999.")]);
    expect(entries(keyed)).toEqual([["ref-1", "[hunt1999]", "[hunt1999]: Hunt A, Thomas D. The Pragmatic Programmer. Addison-Wesley; 1999."]]);
  });

  it("finds a numbered list printed without a heading, and leaves non-lists and parser lists alone", () => {
    const headless = findReferences([paragraph("Dark matter [1, 2]."), paragraph("[1] Hu W. Phys. Rev. Lett. 85 (2000). [2] Sahni V. (2004). [3] Matos T. (2009).")]);
    expect(entries(headless).map(([key]) => key)).toEqual(["ref-1", "ref-2", "ref-3"]);
    const notReferences = [heading("References", 2), paragraph("Accessible here")];
    expect(findReferences(notReferences)).toEqual(notReferences);
    const parsed: Block[] = [heading("References", 2), { kind: "references", children: [{ kind: "reference", key: "ref-1", spans: [{ text: "X (2019).", marks: [] }] }] }, paragraph("[1] Y (2020).")];
    expect(findReferences(parsed)).toBe(parsed);
  });
});

describe("find-references on pathological input", () => {
  it("splits 9,999 numbered and 20,000 author–year entries run together, in linear time", () => {
    const numbered = Array.from({ length: 9_999 }, (_, i) => `[${i + 1}] A. Author. Title ${i}, 2001.`).join(" ");
    const authorYear = Array.from({ length: 20_000 }, (_, i) => `Author${"x".repeat(i % 5)}, A. (2001). A title number ${i}. Press.`).join(" ");
    const started = performance.now();
    expect(entries(findReferences([heading("References", 2), paragraph(numbered)]))).toHaveLength(9_999);
    expect(entries(findReferences([heading("References", 2), paragraph(authorYear)]))).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("find-abstract", () => {
  const body = paragraph("We present a method.");
  const forms: [string, Block[]][] = [
    ["Abstract:", [paragraph("Abstract: We present a method.")]],
    ["Abstract—", [paragraph("Abstract— We present a method.")]],
    ["Abstract-", [paragraph("Abstract- We present a method.")]],
    ["Abstract.", [heading("Title", 1), paragraph("A. Author"), paragraph("Abstract. We present a method.")]],
    ["bold label at the start", [{ kind: "paragraph", spans: [bold("Abstract"), { text: " We present a method.", marks: [] }] }]],
    ["bold paragraph alone", [paragraph("Authors"), { kind: "paragraph", spans: [bold("Abstract")] }, body, { kind: "paragraph", spans: [bold("Author Summary")] }, paragraph("Other.")]],
    ["ABSTRACT heading at level 3", [paragraph("Authors"), heading("ABSTRACT", 3), body, heading("1. Introduction", 2)]],
    ["RFC section", [paragraph("Network Working Group"), heading("Status of This Memo", 2), paragraph("This document specifies."), heading("Abstract", 2), body, heading("Table of Contents", 2)]],
  ];

  it.each(forms)("recognises %s", (_name, blocks) => {
    const result = findAbstract(blocks);
    const abstract = result.find((block) => block.kind === "abstract");
    expect(abstract && abstract.kind === "abstract" ? abstract.children.map((child) => spansText(child.spans)) : undefined).toEqual(["We present a method."]);
    // The label is gone, and nothing after the abstract was swallowed.
    expect(result.some((block) => "spans" in block && /^abstract$/i.test(spansText(block.spans)))).toBe(false);
    expect(result.length).toBe(blocks.length - (blocks.some((block) => "spans" in block && /^abstract$/i.test(spansText(block.spans))) ? 1 : 0));
  });

  it("stops at a Keywords line, keeps an abstract a parser found, and uses a stated abstract", () => {
    const withKeywords = findAbstract([heading("Abstract", 2), body, paragraph("Keywords: a, b"), heading("Intro", 2)]);
    expect(withKeywords.map((block) => block.kind)).toEqual(["abstract", "paragraph", "heading"]);
    const found: Block[] = [{ kind: "abstract", children: [body] }, paragraph("Abstract: another.")];
    expect(findAbstract(found)).toBe(found);
    expect(findAbstract([heading("Intro", 2)], "Stated in YAML.")[0]).toEqual({ kind: "abstract", children: [paragraph("Stated in YAML.")] });
    expect(findAbstract([paragraph("Abstract-level reasoning matters."), heading("Methods", 2)]).some((block) => block.kind === "abstract")).toBe(false);
    // A byline before the Introduction is not an abstract.
    expect(findAbstract([paragraph("by Emillie de Keulenaar and Ivan Kisjes"), heading("Introduction", 2)]).some((block) => block.kind === "abstract")).toBe(false);
  });
});

describe("find-questions", () => {
  it("rejects glyph junk and fragments, keeps real questions", () => {
    for (const junk of ["1@>8:?", "?", "x?", "(3)?", "a, b?", "§2.3 ??", "http://example.com/?"]) expect(readsAsQuestion(junk)).toBe(false);
    for (const question of ["Why now?", "How unique is China?", "What if (Smith, 2019)?"]) expect(readsAsQuestion(question)).toBe(true);
  });

  it("reads questions from running text only, deduplicated, splitting questions in one sentence", () => {
    // The document model's node types (lib/documents/schema), written out as stored.
    const text = (value: string) => [{ type: "text", text: value }];
    const para = (value: string) => ({ type: "paragraph", content: text(value) });
    const doc: PaperDocJson = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: text("Is it new?") },
        para("The first asked (What did you like most?), and the other (What could be better?)."),
        { type: "codeBlock", content: text("if x? then y? end") },
        { type: "mathBlock", content: text("\\exists x? y?") },
        { type: "caption", attrs: { label: "figure" }, content: text("Figure 1. Does it scale? Yes.") },
        { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [para("Is this a cell question?")] }] }] },
        { type: "footnotes", content: [{ type: "footnote", attrs: { id: "fn-1", label: "1" }, content: [para("Is this a note question?")] }] },
        { type: "heading", attrs: { level: 2 }, content: text("References") },
        { type: "references", content: [{ type: "referenceEntry", attrs: { key: "ref-1" }, content: text("Smith J. Is it worth it? Press, 2019.") }] },
        { type: "bulletList", content: [{ type: "listItem", content: [para("Should we test lists?")] }] },
        para("Again: what did you like most?"),
        para("Junk 1@>8:? here."),
      ],
    };
    expect(findQuestions(doc).map((question) => question.quote)).toEqual([
      "Is it new?",
      "What did you like most?",
      "What could be better?",
      "Should we test lists?",
    ]);
  });
});
