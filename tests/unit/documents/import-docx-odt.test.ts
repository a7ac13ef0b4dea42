import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { detectFormat, ImportError, importPaper } from "@/lib/documents/import";
import { type Block, forEachTextBlock, spansText } from "@/lib/documents/import/blocks";
import { parseDocx } from "@/lib/documents/import/parse-docx";
import { parseOdt } from "@/lib/documents/import/parse-odt";
import { buildDocx, buildOdt, w } from "./office-files";

function find<K extends Block["kind"]>(blocks: Block[], kind: K): Extract<Block, { kind: K }>[] {
  const out: Block[] = [];
  const visit = (list: Block[]) => {
    for (const block of list) {
      if (block.kind === kind) out.push(block);
      if ("children" in block) visit(block.children as Block[]);
    }
  };
  visit(blocks);
  return out as Extract<Block, { kind: K }>[];
}

function texts(blocks: Block[]): string[] {
  const out: string[] = [];
  forEachTextBlock(blocks, (block) => out.push(`${block.kind}: ${spansText(block.spans)}`));
  return out;
}

async function rejection(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

// A realistic short paper: title and subtitle styles, headings, emphasis, a footnote, a
// nested bullet list, a numbered list, a table with its caption, a quotation.
const paperDocx = () =>
  buildDocx({
    title: "Core title (ignored: the Title paragraph wins)",
    creator: "Ada Lovelace; Charles Babbage",
    body: [
      w.paragraph("Trust Scores in Practice", "Title"),
      w.paragraph("A field study", "Subtitle"),
      w.paragraph("Introduction", "Heading1"),
      w.runs([w.run("Scoring systems are "), w.run("spreading", "<w:b/>"), w.run(" across "), w.run("three", "<w:i/>"), w.run(" countries."), w.footnoteCall(1), w.run(" Who decides?")]),
      w.listItem("Banks score borrowers", 1),
      w.listItem("with credit files", 1, 1),
      w.listItem("Cities score residents", 1),
      w.paragraph("Method", "Heading2"),
      w.listItem("Read the plans", 2),
      w.listItem("Interview officials", 2),
      w.paragraph("Table 1. Documents read per city", "Caption"),
      w.table([
        ["City", "Documents"],
        ["Rongcheng", "12"],
        ["Suzhou", "7"],
      ]),
      w.paragraph("Trust is the foundation of the market.", "Quote"),
    ],
    footnotes: { 1: "Counted in March 2024." },
  });

describe("the DOCX reader (mammoth)", () => {
  it("detects a Word document by its parts, whatever its name", async () => {
    const bytes = await paperDocx();
    expect(detectFormat(bytes, "paper.docx")).toBe("docx");
    expect(detectFormat(bytes, "renamed.bin")).toBe("docx");
    expect(detectFormat(bytes)).toBe("docx");
  });

  it("maps styles to headings, lists, a table, a caption, a quote and footnotes; the title to meta", async () => {
    const { blocks, meta } = await parseDocx(await paperDocx());
    expect(meta.title).toBe("Trust Scores in Practice: A field study");
    expect(meta.authors).toEqual(["Ada Lovelace", "Charles Babbage"]);
    expect(find(blocks, "heading").map((block) => [block.level, spansText(block.spans)])).toEqual([
      [1, "Introduction"],
      [2, "Method"],
    ]);
    const paragraph = find(blocks, "paragraph").find((block) => spansText(block.spans).startsWith("Scoring"));
    expect(paragraph?.spans.filter((span) => span.marks.length > 0).map((span) => [span.text, span.marks])).toEqual([
      ["spreading", [{ type: "bold" }]],
      ["three", [{ type: "italic" }]],
      ["1", [{ type: "footnoteRef", attrs: { id: "fn-1" } }]],
    ]);
    const lists = blocks.filter((block) => block.kind === "list");
    expect(lists.map((list) => list.kind === "list" && list.ordered)).toEqual([false, true]);
    const [bullets] = lists;
    expect(texts([bullets])).toEqual(["paragraph: Banks score borrowers", "paragraph: with credit files", "paragraph: Cities score residents"]);
    expect(find([bullets], "list")).toHaveLength(2); // the nested one under the first item
    expect(find(blocks, "caption").map((caption) => [caption.label, spansText(caption.spans)])).toEqual([["table", "Table 1. Documents read per city"]]);
    const [table] = find(blocks, "table");
    expect(table.children.map((row) => row.children.map((cell) => texts(cell.children).join("")))).toEqual([
      ["paragraph: City", "paragraph: Documents"],
      ["paragraph: Rongcheng", "paragraph: 12"],
      ["paragraph: Suzhou", "paragraph: 7"],
    ]);
    expect(texts(find(blocks, "blockquote"))).toEqual(["paragraph: Trust is the foundation of the market."]);
    const [footnotes] = find(blocks, "footnotes");
    expect(blocks[blocks.length - 1]).toBe(footnotes);
    expect(footnotes.children.map((note) => [note.id, note.label, texts(note.children).join("").trim()])).toEqual([
      ["fn-1", "1", "paragraph: Counted in March 2024."],
    ]);
  });

  it("imports end to end without repeating the title, and finds the question", async () => {
    const paper = await importPaper({ bytes: await paperDocx(), filename: "paper.docx" });
    expect(paper.meta.title).toBe("Trust Scores in Practice: A field study");
    expect(paper.headings).toEqual(["Introduction", "Method"]);
    expect(paper.plainText).not.toContain("Trust Scores in Practice");
    expect(paper.plainText).toContain("Scoring systems are spreading across three countries.");
    expect(paper.questions.some((question) => question.quote.endsWith("Who decides?"))).toBe(true);
  });

  it("refuses a damaged archive, and a ZIP without word/document.xml, with a clear 422", async () => {
    const bytes = await paperDocx();
    const damaged = await rejection(importPaper({ bytes: bytes.slice(0, 200), filename: "paper.docx" }));
    expect([damaged.code, damaged.status]).toEqual(["unsupported_format", 422]);
    expect(damaged.message).toMatch(/not a valid Word \(\.docx\) document.*export it to PDF/);
    const zip = new JSZip();
    zip.file("notes.txt", "hello");
    const other = await zip.generateAsync({ type: "uint8array" });
    const notWord = await rejection(importPaper({ bytes: other, filename: "paper.docx" }));
    expect(notWord.message).toMatch(/not a Word document/);
    const unnamed = await rejection(importPaper({ bytes: other, filename: "archive.zip" }));
    expect(unnamed.message).toMatch(/ZIP archive, but not a Word \(\.docx\) or OpenDocument \(\.odt\) document/);
  });
});

const ODT_STYLES = `
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>
<style:style style:name="Title" style:family="paragraph"/>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="Numbering_20_123"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
<text:list-style style:name="List_20_1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>`;

const ODT_AUTOMATIC = `
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>`;

const paperOdt = (mimetype?: string) =>
  buildOdt({
    mimetype,
    title: "Scoring Citizens",
    creator: "Grace Hopper",
    styles: ODT_STYLES,
    automaticStyles: ODT_AUTOMATIC,
    body: `
<text:p text:style-name="Title">Scoring Citizens</text:p>
<text:h text:outline-level="1">Introduction</text:h>
<text:p>Credit scores <text:span text:style-name="Strong">travel</text:span> far,<text:s text:c="2"/>see the <text:a xlink:href="https://example.org/report">report</text:a>.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>As of 2024.</text:p></text:note-body></text:note> Is any of this <text:span text:style-name="T1">new</text:span>?</text:p>
<text:p text:style-name="P1">Method</text:p>
<text:list text:style-name="Numbering_20_123"><text:list-item><text:p>Read the plans</text:p></text:list-item><text:list-item><text:p>Interview officials</text:p><text:list text:style-name="List_20_1"><text:list-item><text:p>in two cities</text:p></text:list-item></text:list></text:list-item></text:list>
<table:table table:name="T"><table:table-column/><table:table-header-rows><table:table-row><table:table-cell><text:p>City</text:p></table:table-cell><table:table-cell><text:p>Documents</text:p></table:table-cell></table:table-row></table:table-header-rows><table:table-row><table:table-cell><text:p>Rongcheng</text:p></table:table-cell><table:table-cell><text:p>12</text:p></table:table-cell></table:table-row></table:table>
<text:p>Done<text:soft-page-break/> here.</text:p>`,
  });

describe("the ODT reader (content.xml, styles.xml, meta.xml)", () => {
  it("detects an OpenDocument text by its mimetype part", async () => {
    const bytes = await paperOdt();
    expect(detectFormat(bytes, "paper.odt")).toBe("odt");
    expect(detectFormat(bytes)).toBe("odt");
  });

  it("reads outline headings, styled headings, marks, links, a footnote, nested lists and a table", async () => {
    const { blocks, meta } = await parseOdt(await paperOdt());
    expect(meta).toMatchObject({ title: "Scoring Citizens", authors: ["Grace Hopper"] });
    expect(find(blocks, "heading").map((block) => [block.level, spansText(block.spans)])).toEqual([
      [1, "Introduction"],
      [1, "Method"],
    ]);
    const [paragraph] = find(blocks, "paragraph");
    expect(spansText(paragraph.spans).replace(/\s+/g, " ")).toBe("Credit scores travel far, see the report.1 Is any of this new?");
    expect(paragraph.spans.filter((span) => span.marks.length > 0).map((span) => [span.text, span.marks[0].type])).toEqual([
      ["travel", "bold"],
      ["report", "link"],
      ["1", "footnoteRef"],
      ["new", "italic"],
    ]);
    const [list] = blocks.filter((block) => block.kind === "list");
    expect(list).toMatchObject({ kind: "list", ordered: true });
    expect(find([list], "list").map((nested) => nested.ordered)).toEqual([true, false]);
    expect(texts([list])).toEqual(["paragraph: Read the plans", "paragraph: Interview officials", "paragraph: in two cities"]);
    const [table] = find(blocks, "table");
    expect(table.children.map((row) => row.children.map((cell) => cell.header))).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(texts(find(blocks, "footnotes"))).toEqual(["paragraph: As of 2024."]);
    expect(texts(blocks).at(-2)).toBe("paragraph: Done here.");
  });

  it("imports end to end, the title not repeated in the body", async () => {
    const paper = await importPaper({ bytes: await paperOdt(), filename: "paper.odt" });
    expect(paper.headings).toEqual(["Introduction", "Method"]);
    expect(paper.plainText.startsWith("Introduction")).toBe(true);
    expect(paper.questions.some((question) => question.quote.endsWith("Is any of this new?"))).toBe(true);
  });

  it("refuses a spreadsheet in ODF clothing, and a broken archive", async () => {
    const sheet = await rejection(importPaper({ bytes: await paperOdt("application/vnd.oasis.opendocument.spreadsheet"), filename: "data.ods" }));
    expect([sheet.code, sheet.status]).toEqual(["unsupported_format", 422]);
    expect(sheet.message).toMatch(/not a text document/);
    const broken = await rejection(importPaper({ bytes: (await paperOdt()).slice(0, 120), filename: "paper.odt" }));
    expect(broken.message).toMatch(/not a valid OpenDocument document/);
  });
});
