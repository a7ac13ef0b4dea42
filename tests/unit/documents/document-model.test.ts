import { describe, expect, it } from "vitest";
import { type Block, paragraph, heading, type Span } from "@/lib/documents/import/blocks";
import { buildDoc, buildDocWithProvenance } from "@/lib/documents/import/build-doc";
import { plainTextOf, textBlocksOf } from "@/lib/documents/import";
import { paperSchema } from "@/lib/documents/schema";
import { pmRangeFromText, textblockSpans } from "@/lib/documents/text-positions";
import { textOffsetAt } from "@/components/annotations/text-offsets";

const text = (value: string, marks: Span["marks"] = []): Span => ({ text: value, marks });
const para = (value: string): Block => paragraph(value);
const cell = (value: string, header = false): Block & { kind: "tableCell" } => ({ kind: "tableCell", header, children: value ? [paragraph(value)] : [] });

describe("build-doc maps every block kind onto the paper schema", () => {
  it("headings, paragraphs and captions", () => {
    const doc = buildDoc([heading("1 Introduction", 2), para("Body."), { kind: "caption", label: "table", spans: [text("Table 1. Results.")] }]);
    expect(doc.content.map((node) => node.type)).toEqual(["heading", "paragraph", "caption"]);
    expect(doc.content[0].attrs?.level).toBe(2);
    expect(doc.content[2].attrs?.label).toBe("table");
  });

  it("code and math keep their whitespace and drop marks", () => {
    const doc = buildDoc([
      { kind: "code", language: "js", spans: [text("let a = 1;\n  a += 2;", [{ type: "bold" }])] },
      { kind: "math", spans: [text("E = m c^2\n")] },
    ]);
    expect(doc.content[0]).toMatchObject({ type: "codeBlock", attrs: { language: "js" }, content: [{ type: "text", text: "let a = 1;\n  a += 2;" }] });
    expect(doc.content[0].content?.[0].marks).toBeUndefined();
    expect(doc.content[1]).toMatchObject({ type: "mathBlock", content: [{ text: "E = m c^2\n" }] });
  });

  it("ordered and bullet lists, nested, with a start number", () => {
    const list: Block = {
      kind: "list",
      ordered: true,
      start: 3,
      children: [
        { kind: "listItem", children: [para("three"), { kind: "list", ordered: false, children: [{ kind: "listItem", children: [para("inner")] }] }] },
        { kind: "listItem", children: [para("four")] },
      ],
    };
    const doc = buildDoc([list]);
    expect(doc.content[0]).toMatchObject({ type: "orderedList", attrs: { start: 3 } });
    expect(doc.content[0].content?.[0].content?.map((node) => node.type)).toEqual(["paragraph", "bulletList"]);
    expect(plainTextOf(doc)).toBe("three\n\ninner\n\nfour");
  });

  it("a list item that opens with code gets an empty paragraph first (the schema asks for one)", () => {
    const doc = buildDoc([{ kind: "list", ordered: false, children: [{ kind: "listItem", children: [{ kind: "code", spans: [text("x")] }] }] }]);
    expect(doc.content[0].content?.[0].content?.map((node) => node.type)).toEqual(["paragraph", "codeBlock"]);
    expect(plainTextOf(doc)).toBe("\n\nx");
  });

  it("tables with a header row; ragged rows are padded with empty cells", () => {
    const doc = buildDoc([{ kind: "table", children: [{ kind: "tableRow", children: [cell("Name", true), cell("Value", true)] }, { kind: "tableRow", children: [cell("a")] }] }]);
    const [header, row] = doc.content[0].content ?? [];
    expect(header.content?.map((node) => node.type)).toEqual(["tableHeader", "tableHeader"]);
    expect(row.content?.map((node) => node.type)).toEqual(["tableCell", "tableCell"]);
    expect(plainTextOf(doc)).toBe("Name\n\nValue\n\na\n\n");
  });

  it("footnotes with id and label, and the call as a footnoteRef mark", () => {
    const doc = buildDoc([
      { kind: "paragraph", spans: [text("A claim"), text("1", [{ type: "footnoteRef", attrs: { id: "fn-1" } }]), text(".")] },
      { kind: "footnotes", children: [{ kind: "footnote", id: "fn-1", label: "1", children: [para("The note.")] }] },
    ]);
    expect(doc.content[0].content?.[1]).toEqual({ type: "text", text: "1", marks: [{ type: "footnoteRef", attrs: { id: "fn-1" } }] });
    expect(doc.content[1]).toMatchObject({ type: "footnotes", content: [{ type: "footnote", attrs: { id: "fn-1", label: "1" } }] });
    expect(plainTextOf(doc)).toBe("A claim1.\n\nThe note.");
  });

  it("references with entries (key, label) and citations and inline math", () => {
    const doc = buildDoc([
      { kind: "paragraph", spans: [text("As shown "), text("[1]", [{ type: "citation", attrs: { key: "ref-1" } }]), text(", "), text("x^2", [{ type: "math" }])] },
      heading("References", 2),
      { kind: "references", children: [{ kind: "reference", key: "ref-1", label: "[1]", spans: [text("[1] A. Author. A work. 2009.")] }] },
    ]);
    expect(doc.content[0].content?.[1].marks).toEqual([{ type: "citation", attrs: { key: "ref-1" } }]);
    expect(doc.content[0].content?.[3].marks).toEqual([{ type: "math" }]);
    expect(doc.content[2]).toMatchObject({ type: "references", content: [{ type: "referenceEntry", attrs: { key: "ref-1", label: "[1]" } }] });
  });

  it("blockquote and abstract", () => {
    const doc = buildDoc([{ kind: "abstract", children: [paragraph("We show.")] }, { kind: "blockquote", children: [para("Quoted.")] }]);
    expect(doc.content.map((node) => node.type)).toEqual(["abstract", "blockquote"]);
  });
});

describe("provenance on plain-text offsets", () => {
  it("maps each sourced block to its [start, end) and merges a container's paragraphs", () => {
    const box = (page: number) => ({ page, x: 10, y: 20 * page, width: 100, height: 12 });
    const { doc, provenance } = buildDocWithProvenance([
      { ...heading("Intro", 1), source: box(1) },
      para("No source."),
      { ...paragraph("On page two."), source: box(2) },
      { kind: "footnotes", children: [{ kind: "footnote", id: "fn-1", label: "1", source: box(3), children: [para("First."), para("Second.")] }] },
    ]);
    const plain = plainTextOf(doc);
    expect(provenance).toEqual([
      { start: 0, end: 5, ...box(1) },
      { start: plain.indexOf("On page two."), end: plain.indexOf("On page two.") + 12, ...box(2) },
      { start: plain.indexOf("First."), end: plain.length, ...box(3) },
    ]);
    expect(plain.slice(provenance[2].start, provenance[2].end)).toBe("First.\n\nSecond.");
  });

  it("counts the padding cells and the leading empty paragraph of a list item", () => {
    const box = { page: 4, x: 1, y: 2, width: 3, height: 4 };
    const { doc, provenance } = buildDocWithProvenance([
      { kind: "table", children: [{ kind: "tableRow", children: [cell("a"), cell("b")] }, { kind: "tableRow", children: [cell("c")] }] },
      { kind: "list", ordered: false, children: [{ kind: "listItem", children: [{ kind: "code", spans: [text("code")] }] }] },
      { ...paragraph("After."), source: box },
    ]);
    const plain = plainTextOf(doc);
    expect(provenance).toEqual([{ start: plain.indexOf("After."), end: plain.length, ...box }]);
  });
});

describe("plain-text offsets and ProseMirror positions agree across the new blocks", () => {
  const blocks: Block[] = [
    heading("Methods", 2),
    { kind: "list", ordered: false, children: [{ kind: "listItem", children: [para("item one")] }, { kind: "listItem", children: [para("item two")] }] },
    { kind: "code", spans: [text("line 1\nline 2")] },
    { kind: "table", children: [{ kind: "tableRow", children: [cell("h1", true), cell("h2", true)] }, { kind: "tableRow", children: [cell(""), cell("cell d")] }] },
    { kind: "caption", label: "figure", spans: [text("Figure 1. A figure.")] },
    { kind: "math", spans: [text("a + b")] },
    { kind: "paragraph", spans: [text("See note"), text("2", [{ type: "footnoteRef", attrs: { id: "fn-2" } }])] },
    heading("References", 2),
    { kind: "references", children: [{ kind: "reference", key: "ref-1", label: "[1]", spans: [text("[1] An entry.")] }] },
    { kind: "footnotes", children: [{ kind: "footnote", id: "fn-2", label: "2", children: [para("A footnote.")] }] },
  ];
  const doc = buildDoc(blocks);
  const node = paperSchema().nodeFromJSON(doc);
  const plain = plainTextOf(doc);

  it("states every block in order, separated by blank lines", () => {
    expect(plain).toBe(
      ["Methods", "item one", "item two", "line 1\nline 2", "h1", "h2", "", "cell d", "Figure 1. A figure.", "a + b", "See note2", "References", "[1] An entry.", "A footnote."].join("\n\n"),
    );
    expect(textBlocksOf(doc).map((block) => block.node.type)).toEqual([
      "heading", "paragraph", "paragraph", "codeBlock", "paragraph", "paragraph", "paragraph", "paragraph", "caption", "mathBlock", "paragraph", "heading", "referenceEntry", "paragraph",
    ]);
  });

  it("the ProseMirror node and the JSON give the same plain text", () => {
    expect(plainTextOf(node)).toBe(plain);
  });

  it.each(["item two", "line 2", "cell d", "Figure 1", "a + b", "An entry", "A footnote", "h2"])("%s: text range → PM range → same text and back", (probe) => {
    const start = plain.indexOf(probe);
    const range = pmRangeFromText(node, start, start + probe.length);
    expect(range).not.toBeNull();
    expect(node.textBetween(range!.from, range!.to)).toBe(probe);
    const spans = textblockSpans(node);
    expect(textOffsetAt(spans, range!.from, "forward")).toBe(start);
    expect(textOffsetAt(spans, range!.to, "backward")).toBe(start + probe.length);
  });

  it("an offset in the empty cell maps inside that cell", () => {
    const emptyStart = plain.indexOf("h2") + 2 + 2; // after "h2" and its separator
    const range = pmRangeFromText(node, emptyStart, emptyStart);
    const resolved = node.resolve(range!.from);
    expect(resolved.parent.type.name).toBe("paragraph");
    expect(resolved.node(resolved.depth - 1).type.name).toBe("tableCell");
    expect(resolved.parent.content.size).toBe(0);
  });
});
