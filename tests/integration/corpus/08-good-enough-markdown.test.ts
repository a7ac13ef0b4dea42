import { beforeAll, describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/documents/import";
import { spansText } from "@/lib/documents/import/blocks";
import { parseMarkdown } from "@/lib/documents/import/parse-markdown";
import { find } from "../../unit/documents/block-helpers";
import { requireShared } from "../../support/shared-folder";
import { corpusDocument, expectProbes, expectSensibleQuestions, importCorpus, markdownHeadings, sourceText, storeCorpus } from "./corpus";

const doc = corpusDocument("08-good-enough-practices.md");

describe("corpus 08: Jekyll Markdown paper (footnotes, [[key](#key)] citations, anchored bibliography, nested lists)", () => {
  if (!requireShared(doc.missing)) return;
  let paper: ImportedPaper;
  let source: string;
  beforeAll(async () => {
    source = sourceText(doc.file);
    paper = await importCorpus(doc.file, doc.name);
  });

  it("keeps all 22 headings in order and hides the Jekyll front matter", () => {
    const headings = markdownHeadings(source);
    expect(headings).toHaveLength(22);
    expect(paper.headings).toEqual(headings);
    expect(paper.plainText).not.toMatch(/layout: page/);
  });

  it("finds the abstract under its bold label", () => {
    const abstract = paper.doc.content.find((node) => node.type === "abstract");
    expect(abstract).toBeDefined();
    expectProbes(paper.plainText, ["We present a set of computing tools and techniques that every researcher can and should consider adopting."]);
  });

  it("joins the wrapped lines of each paragraph: the probes read contiguously", () => {
    expectProbes(paper.plainText, [
      'wrote a paper called "Best Practices for Scientific Computing" [wilson2014]. That paper provided recommendations for people who were already doing significant amounts of computation in their research.',
      "We have outlined a series of practices for scientific computing based on our collective experience",
      "Where possible, save data as originally generated (i.e. by an instrument or from a survey).",
    ]);
  });

  it("makes the 38 footnotes footnotes (no literal [^3]) with their calls", () => {
    const definitions = (source.match(/^\[\^\d+\]:/gm) ?? []).length;
    expect(definitions).toBe(38);
    expect(paper.plainText).not.toMatch(/\[\^\d+\]/);
    const { blocks } = parseMarkdown(source);
    const [footnotes] = find(blocks, "footnotes");
    expect(footnotes.children).toHaveLength(38);
    expect(footnotes.children[2]).toMatchObject({ id: "fn-3", label: "3" });
    const calls: string[] = [];
    for (const paragraph of [...find(blocks, "paragraph"), ...find(blocks, "heading")]) {
      for (const span of paragraph.spans) if (span.marks.some((mark) => mark.type === "footnoteRef")) calls.push(span.text);
    }
    expect(new Set(calls).size).toBe(38);
  });

  it("keeps [[key](#key)] as anchor links and makes the 17 anchored entries the reference list", () => {
    const anchors = (source.match(/<a name="/g) ?? []).length;
    const { blocks } = parseMarkdown(source);
    const [references] = find(blocks, "references");
    expect(references.children).toHaveLength(anchors);
    expect(references.children[0].label).toBe("[brown2015]");
    expect(spansText(references.children[0].spans)).toMatch(/^Brown CT\. How to grow a sustainable software development process/);
    const hrefs = find(blocks, "paragraph").flatMap((block) => block.spans.flatMap((span) => span.marks.flatMap((mark) => (mark.type === "link" ? [mark.attrs.href] : []))));
    expect(hrefs).toContain("#wilson2014");
  });

  it("keeps nested lists nested", () => {
    const { blocks } = parseMarkdown(source);
    const nested = find(blocks, "listItem").filter((item) => item.children.some((child) => child.kind === "list"));
    expect(nested.length).toBeGreaterThan(0);
  });

  it("has no junk questions, and stores as imported", async () => {
    expectSensibleQuestions(paper);
    const stored = await storeCorpus(doc.file, doc.name);
    expect(stored.plainText).toBe(paper.plainText);
  });
});
