import { beforeAll, describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/documents/import";
import { spansText } from "@/lib/documents/import/blocks";
import { parsePlainTextPaper } from "@/lib/documents/import/parse-plain-text";
import { find, texts } from "../../unit/documents/block-helpers";
import { requireShared } from "../../support/shared-folder";
import { corpusDocument, expectProbes, expectSensibleQuestions, importCorpus, sourceText, storeCorpus } from "./corpus";

const doc = corpusDocument("12-pep-0008-style-guide.txt");

/** reST section titles: a line underlined by "=" or "-" at least as long. */
function setextTitles(source: string): string[] {
  const lines = source.split("\n");
  return lines.flatMap((line, index) => {
    const under = lines[index + 1] ?? "";
    return line.trim() !== "" && /^(=+|-+|~+)$/.test(under) && under.length >= line.trim().length && !/^[=~-]+$/.test(line) ? [line.trim()] : [];
  });
}

describe("corpus 12: PEP 8 as plain text (reStructuredText: setext headings, literal blocks, roles, footnotes)", () => {
  if (!requireShared(doc.missing)) return;
  let paper: ImportedPaper;
  let source: string;
  beforeAll(async () => {
    source = sourceText(doc.file);
    paper = await importCorpus(doc.file, doc.name);
  });

  it("reads the header fields: title and authors into meta", () => {
    expect(paper.meta).toMatchObject({ title: "Style Guide for Python Code", authors: ["Guido van Rossum", "Barry Warsaw", "Nick Coghlan"] });
    expect(paper.plainText).not.toMatch(/Title: Style Guide|guido@python\.org/);
  });

  it("finds the 42 setext headings in order", () => {
    const titles = setextTitles(source);
    expect(titles).toHaveLength(42);
    expect(paper.headings).toEqual(titles);
  });

  it("keeps literal blocks as code with their indentation, and reads roles and literals", () => {
    const { blocks } = parsePlainTextPaper(source);
    const code = find(blocks, "code").map((block) => spansText(block.spans));
    expect(code.some((text) => text.includes("foo = long_function_name(var_one, var_two,\n                         var_three, var_four)"))).toBe(true);
    // Outside code, no reST markup is left as typed.
    const prose = texts(blocks).filter((line) => !line.startsWith("code:")).join("\n");
    expect(prose).not.toMatch(/:pep:`|``|::$/m);
    expectProbes(paper.plainText, [
      "This document and PEP 257 (Docstring Conventions) were adapted from Guido's original Python Style Guide essay",
      "A style guide is about consistency. Consistency with this style guide is important.",
      "Limit all lines to a maximum of 79 characters.",
      "This document has been placed in the public domain.",
    ]);
  });

  it("makes [#fn-hi] a footnote and the numbered citations reference entries, and drops comments", () => {
    const { blocks } = parsePlainTextPaper(source);
    const [footnotes] = find(blocks, "footnotes");
    expect(footnotes.children.map((note) => note.label)).toEqual(["1"]);
    const [references] = find(blocks, "references");
    expect(references.children.map((entry) => entry.label)).toEqual(["[2]", "[3]", "[4]", "[5]"]);
    expect(paper.plainText).not.toMatch(/Local Variables|indent-tabs-mode/);
  });

  it("has no junk questions, and stores as imported", async () => {
    expectSensibleQuestions(paper);
    const stored = await storeCorpus(doc.file, doc.name);
    expect(stored.plainText).toBe(paper.plainText);
  });
});
