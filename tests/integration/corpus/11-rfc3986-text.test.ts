import { beforeAll, describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/documents/import";
import { spansText } from "@/lib/documents/import/blocks";
import { parsePlainTextPaper } from "@/lib/documents/import/parse-plain-text";
import { find } from "../../unit/documents/block-helpers";
import { requireShared } from "../../support/shared-folder";
import { corpusDocument, expectProbes, expectSensibleQuestions, importCorpus, sourceText, squash, storeCorpus } from "./corpus";

const doc = corpusDocument("11-rfc3986-uri-generic-syntax.txt");
const NUMBERED = /^(?:\d+(?:\.\d+)*\.|Appendix [A-Z]\.|[A-Z]\.\d+\.)\s+\S/;

describe("corpus 11: RFC 3986 as plain text (numbered headings, page furniture, table of contents, ABNF)", () => {
  if (!requireShared(doc.missing)) return;
  let paper: ImportedPaper;
  let source: string;
  beforeAll(async () => {
    source = sourceText(doc.file);
    paper = await importCorpus(doc.file, doc.name);
  });

  it("reads the front page: title and the three authors into meta", () => {
    expect(paper.meta).toMatchObject({ title: "Uniform Resource Identifier (URI): Generic Syntax", authors: ["T. Berners-Lee", "R. Fielding", "L. Masinter"], date: "January 2005" });
  });

  it("finds every numbered heading once, in order (the table of contents stays a list)", () => {
    const numbered = source.split("\n").filter((line) => NUMBERED.test(line)).map(squash);
    expect(numbered.length).toBeGreaterThan(70);
    expect(paper.headings.filter((heading) => NUMBERED.test(heading))).toEqual(numbered);
    expect(paper.headings.filter((heading) => heading === "1.1. Overview of URIs")).toHaveLength(1);
    expect(paper.headings).toEqual(expect.arrayContaining(["Status of This Memo", "Table of Contents", "Authors' Addresses"]));
    expectProbes(paper.plainText, ["1.1.1. Generic Syntax\n\n1.1.2. Examples"]);
  });

  it("removes the 61 footers and the running heads, and rejoins paragraphs cut by page breaks", () => {
    expect((source.match(/\[Page \d+\]/g) ?? []).length).toBe(61);
    expect(paper.plainText).not.toMatch(/\[Page \d+\]|Standards Track\s+\[Page/);
    expect(squash(paper.plainText)).not.toContain("RFC 3986 URI Generic Syntax January 2005");
    expect(paper.notices.find((notice) => notice.code === "removed_page_furniture")?.count).toBeGreaterThanOrEqual(61 * 2 - 1);
    expectProbes(paper.plainText, [
      "Nevertheless, nothing in this specification prevents an application from limiting itself to particular types of resources",
      "The URI syntax has been designed with global transcription as one of its main considerations.",
      "A Uniform Resource Identifier (URI) is a compact sequence of characters that identifies an abstract or physical resource.",
    ]);
  });

  it("keeps the ABNF and the examples as code, with their alignment", () => {
    const { blocks } = parsePlainTextPaper(source);
    const code = find(blocks, "code").map((block) => spansText(block.spans));
    const rule = source.split("\n").find((line) => line.startsWith("   URI           = scheme"))?.trim();
    expect(rule).toBe('URI           = scheme ":" hier-part [ "?" query ] [ "#" fragment ]');
    expect(code.some((text) => text.split("\n").includes(rule as string))).toBe(true);
    expect(code.some((text) => text.includes("ftp://ftp.is.co.za/rfc/rfc1808.txt\n\nhttp://www.ietf.org/rfc/rfc2396.txt"))).toBe(true);
  });

  it("makes the abstract the abstract, has no junk questions, and stores as imported", async () => {
    expect(paper.doc.content.some((node) => node.type === "abstract")).toBe(true);
    expectSensibleQuestions(paper);
    const stored = await storeCorpus(doc.file, doc.name);
    expect(stored.plainText).toBe(paper.plainText);
  });
});
