import { describe, expect, it } from "vitest";
import { type Block, spansText } from "@/lib/documents/import/blocks";
import { parsePlainText, parsePlainTextPaper } from "@/lib/documents/import/parse-plain-text";
import { find, marked, texts } from "./block-helpers";

const headings = (blocks: Block[]) => find(blocks, "heading").map((heading) => [heading.level, spansText(heading.spans)]);

describe("plain-text headings", () => {
  it("reads setext underlines, levels in order of first use, overlined titles too", () => {
    const blocks = parsePlainText(
      "Introduction\n============\n\nSome text here.\n\nTabs or Spaces?\n---------------\nSpaces are preferred.\n\n=====\nTitle\n=====\n\nMore text.\n\n-----\n\nAfter a rule.",
    );
    expect(headings(blocks)).toEqual([
      [2, "Introduction"],
      [3, "Tabs or Spaces?"],
      [4, "Title"],
    ]);
    expect(texts(blocks)).toContain("paragraph: Spaces are preferred.");
    expect(texts(blocks).join(" ")).not.toMatch(/---|===/);
  });

  it("reads numbered headings with a trailing dot, roman and appendix numbers, with their depth", () => {
    const blocks = parsePlainText(
      "1.  Introduction\n\n   Body text of the introduction, long enough to be a paragraph of its own.\n\n1.1.  Overview of URIs\n\n   More body.\n\nII. Methods\n\n   Text.\n\nAppendix A.  Collected ABNF for URI\n\n   Text.\n\nA.1.  Details\n\n   Text.",
    );
    expect(headings(blocks)).toEqual([
      [2, "1. Introduction"],
      [3, "1.1. Overview of URIs"],
      [2, "II. Methods"],
      [2, "Appendix A. Collected ABNF for URI"],
      [3, "A.1. Details"],
    ]);
  });
});

// Two RFC pages: a footer, a form feed, a running head, and a paragraph cut by the break.
const RFC = [
  "",
  "1.  Introduction",
  "",
  "   A Uniform Resource Identifier (URI) provides a simple and extensible",
  "   means for identifying a resource.  Nevertheless, nothing in this",
  "",
  "",
  "Berners-Lee, et al.         Standards Track                     [Page 4]",
  "\f",
  "RFC 3986                   URI Generic Syntax               January 2005",
  "",
  "",
  "   specification prevents an application from limiting itself.",
  "",
  "   o  A URI is a sequence of characters that is not always represented",
  "      as a sequence of octets.",
  "",
  "   o  A URI might be transcribed from a non-network source.",
  "",
  "      URI         = scheme \":\" hier-part [ \"?\" query ]",
  "",
  "      hier-part   = \"//\" authority path-abempty",
  "                  / path-absolute",
  "",
  "Berners-Lee, et al.         Standards Track                     [Page 5]",
  "\f",
  "RFC 3986                   URI Generic Syntax               January 2005",
  "",
  "2.  Characters",
  "",
  "   The URI syntax provides a method of encoding data.",
  "",
  "Berners-Lee, et al.         Standards Track                     [Page 6]",
  "\f",
  "RFC 3986                   URI Generic Syntax               January 2005",
  "",
  "3.  Syntax Components",
  "",
  "   Text of the third section, which goes on for a while here.",
].join("\n");

describe("RFC page furniture", () => {
  it("removes footers and running heads, rejoins the paragraph cut by the page break, and says so", () => {
    const { blocks, notices } = parsePlainTextPaper(RFC);
    const all = texts(blocks).join("\n");
    expect(all).not.toMatch(/\[Page \d\]|RFC 3986 URI Generic Syntax|Standards Track/);
    expect(all).toContain(
      "paragraph: A Uniform Resource Identifier (URI) provides a simple and extensible means for identifying a resource. Nevertheless, nothing in this specification prevents an application from limiting itself.",
    );
    expect(notices).toEqual([{ code: "removed_page_furniture", count: 6, message: "Removed 6 page header and footer lines." }]);
    expect(headings(blocks)).toEqual([
      [2, "1. Introduction"],
      [2, "2. Characters"],
      [2, "3. Syntax Components"],
    ]);
  });

  it("keeps “o” bullets as a list and indented ABNF as one code block, its layout intact", () => {
    const { blocks } = parsePlainTextPaper(RFC);
    const [list] = find(blocks, "list");
    expect(texts([list])).toEqual([
      "paragraph: A URI is a sequence of characters that is not always represented as a sequence of octets.",
      "paragraph: A URI might be transcribed from a non-network source.",
    ]);
    expect(find(blocks, "code").map((code) => spansText(code.spans))).toEqual([
      'URI         = scheme ":" hier-part [ "?" query ]\n\nhier-part   = "//" authority path-abempty\n            / path-absolute',
    ]);
  });

  it("keeps a table of contents as a list, not headings, and reads the front page into meta", () => {
    const text = [
      "Network Working Group                                     T. Berners-Lee",
      "Request for Comments: 3986                                       W3C/MIT",
      "Category: Standards Track                                    R. Fielding",
      "                                                            January 2005",
      "",
      "",
      "           Uniform Resource Identifier (URI): Generic Syntax",
      "",
      "Table of Contents",
      "",
      "   1.  Introduction . . . . . . . . . . . . . . . . . . . . . . .  4",
      "       1.1.  Overview of URIs . . . . . . . . . . . . . . . . . .  4",
      "   2.  Characters . . . . . . . . . . . . . . . . . . . . . . . . 11",
      "",
      "1.  Introduction",
      "",
      "   Text.",
    ].join("\n");
    const { blocks, meta } = parsePlainTextPaper(text);
    expect(meta).toEqual({ title: "Uniform Resource Identifier (URI): Generic Syntax", authors: ["T. Berners-Lee", "R. Fielding"], date: "January 2005" });
    expect(headings(blocks)).toEqual([
      [2, "Table of Contents"],
      [2, "1. Introduction"],
    ]);
    expect(texts(find(blocks, "list"))).toEqual(["paragraph: 1. Introduction", "paragraph: 1.1. Overview of URIs", "paragraph: 2. Characters"]);
    expect(spansText(find(blocks, "code")[0].spans)).toBe("Network Working Group\nRequest for Comments: 3986\nCategory: Standards Track");
  });
});

describe("plain-text lists and code", () => {
  it("reads bullet and numbered lists (start kept, items nested, continuation paragraphs)", () => {
    const blocks = parsePlainText(
      "Reasons:\n\n3. When applying the guideline would make the code\n   less readable.\n\n4. To be consistent:\n\n   - with surrounding code\n   - with history\n\n   A second paragraph of item four.\n\nAfter the list.",
    );
    const [list] = blocks.filter((block) => block.kind === "list");
    expect(list).toMatchObject({ kind: "list", ordered: true, start: 3 });
    expect(texts([list])).toEqual([
      "paragraph: When applying the guideline would make the code less readable.",
      "paragraph: To be consistent:",
      "paragraph: with surrounding code",
      "paragraph: with history",
      "paragraph: A second paragraph of item four.",
    ]);
    expect(find([list], "list").map((nested) => nested.ordered)).toEqual([true, false]);
    expect(texts(blocks).at(-1)).toBe("paragraph: After the list.");
  });

  it("keeps indented code as code but indented prose as a quotation", () => {
    const blocks = parsePlainText(
      "Example:\n\n    foo = long_function_name(var_one,\n                             var_two)\n\nAs one official put it:\n\n    Trust is the foundation of society and of the market, and whoever\n    breaks it must be punished everywhere, as the plans all say.\n\nEnd.",
    );
    expect(find(blocks, "code").map((code) => spansText(code.spans))).toEqual(["foo = long_function_name(var_one,\n                         var_two)"]);
    expect(texts(find(blocks, "blockquote"))).toEqual([
      "paragraph: Trust is the foundation of society and of the market, and whoever breaks it must be punished everywhere, as the plans all say.",
    ]);
  });
});

describe("reStructuredText conventions (PEPs)", () => {
  const PEP = [
    "PEP: 8",
    "Title: Style Guide for Python Code",
    "Author: Guido van Rossum <guido@python.org>,",
    "        Barry Warsaw <barry@python.org>",
    "Status: Active",
    "Content-Type: text/x-rst",
    "",
    "",
    "Introduction",
    "============",
    "",
    "See :pep:`257` and ``__all__``, or a *hanging indent* [#fn-hi]_ and",
    "Barry's guide [2]_.  Use this::",
    "",
    "    # Correct:",
    "    import os",
    "",
    "    import sys",
    "",
    "Back to prose.",
    "",
    ".. _`multiline if-statements`:",
    "",
    ".. rubric:: Footnotes",
    "",
    ".. [#fn-hi] *Hanging indentation* is a type-setting style.",
    "",
    "References",
    "==========",
    "",
    ".. [2] Barry's GNU Mailman style guide",
    "       http://barry.warsaw.us/software/STYLEGUIDE.txt",
    "",
    "..",
    "   Local Variables:",
    "   mode: indented-text",
  ].join("\n");

  it("reads the header into meta, literal blocks as code, roles and literals as marks, notes as footnotes and references", () => {
    const { blocks, meta } = parsePlainTextPaper(PEP);
    expect(meta).toEqual({ title: "Style Guide for Python Code", authors: ["Guido van Rossum", "Barry Warsaw"] });
    expect(spansText(find(blocks, "code")[0].spans)).toBe("PEP: 8\nStatus: Active\nContent-Type: text/x-rst");
    expect(find(blocks, "code")[1].spans[0].text).toBe("# Correct:\nimport os\n\nimport sys");
    expect(headings(blocks)).toEqual([
      [2, "Introduction"],
      [2, "References"],
    ]);
    const [paragraph] = find(blocks, "paragraph");
    expect(spansText(paragraph.spans)).toBe("See PEP 257 and __all__, or a hanging indent 1 and Barry's guide [2]. Use this:");
    expect(marked(blocks, "code")).toEqual(["__all__"]);
    expect(marked(blocks, "italic")).toContain("hanging indent");
    expect(paragraph.spans.find((span) => span.text === "1")?.marks).toEqual([{ type: "footnoteRef", attrs: { id: "fn-1" } }]);
    const [references] = find(blocks, "references");
    expect(references.children.map((entry) => [entry.key, entry.label, spansText(entry.spans)])).toEqual([
      ["ref-1", "[2]", "Barry's GNU Mailman style guide http://barry.warsaw.us/software/STYLEGUIDE.txt"],
    ]);
    const footnotes = blocks[blocks.length - 1];
    expect(footnotes.kind).toBe("footnotes");
    expect(texts([footnotes])).toEqual(["paragraph: Hanging indentation is a type-setting style."]);
    expect(texts(blocks).join(" ")).not.toMatch(/Local Variables|multiline if-statements|rubric|::/);
  });
});
