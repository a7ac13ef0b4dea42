import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat, importPaper, type PaperNodeJson } from "@/lib/documents/import";
import { paperSchema } from "@/lib/documents/schema";
import { parseMarkdown } from "@/lib/documents/import/parse-markdown";
import { minimalPdf } from "./minimal-pdf";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../fixtures/import", name));
const encode = (text: string) => new TextEncoder().encode(text);

function textOf(node: PaperNodeJson): string {
  return node.text ?? (node.content ?? []).map(textOf).join("");
}

function marked(node: PaperNodeJson, type: string): PaperNodeJson[] {
  const own = node.marks?.some((mark) => mark.type === type) ? [node] : [];
  return [...own, ...(node.content ?? []).flatMap((child) => marked(child, type))];
}

function expectValid(doc: PaperNodeJson) {
  expect(() => paperSchema().nodeFromJSON(doc).check()).not.toThrow();
}

describe("detectFormat", () => {
  it("trusts a PDF signature over the file name", () => {
    expect(detectFormat(encode("%PDF-1.4\n..."), "paper.txt")).toBe("pdf");
  });

  it("uses the extension, then the content", () => {
    expect(detectFormat(encode("plain"), "paper.md")).toBe("markdown");
    expect(detectFormat(encode("plain"), "paper.HTM")).toBe("html");
    expect(detectFormat(encode("# Title\n\nText"), "paper.txt")).toBe("text");
    expect(detectFormat(encode("<!DOCTYPE html><p>x</p>"))).toBe("html");
    expect(detectFormat(encode("<p>One</p><p>Two</p>"))).toBe("html");
    expect(detectFormat(encode("# Title\n\nSome *text*."))).toBe("markdown");
    expect(detectFormat(encode("A paper (Smith, 2020).\n\nNext paragraph."))).toBe("text");
  });
});

describe("importing Markdown", () => {
  it("keeps headings, emphasis, links, quotes and lists, and finds abstract, citations and questions", async () => {
    const paper = await importPaper({ bytes: fixture("paper.md"), filename: "paper.md" });
    expectValid(paper.doc);
    expect(paper.headings).toEqual(["Scoring Citizens", "Introduction"]);
    // The list between the quote and the last paragraph is the document model's to render.
    const types = paper.doc.content.map((node) => node.type);
    expect(types.slice(0, 5)).toEqual(["heading", "abstract", "heading", "paragraph", "blockquote"]);
    expect(types[types.length - 1]).toBe("paragraph");
    expect(paper.doc.content[0].attrs?.level).toBe(1);
    expect(textOf(paper.doc.content[1])).toBe("We compare social scoring schemes (Smith & Jones, 2020).");
    expect(marked(paper.doc, "italic").map(textOf)).toEqual(["social scoring", "HTML"]);
    expect(marked(paper.doc, "bold").map(textOf)).toEqual(["credit scores"]);
    const [link] = marked(paper.doc, "link");
    expect(link.text).toBe("report");
    expect(link.marks?.find((mark) => mark.type === "link")?.attrs?.href).toBe("https://example.org/report");
    expect(paper.plainText).toContain("report & its annex"); // entity decoded
    const { blocks } = parseMarkdown(fixture("paper.md").toString("utf8"));
    expect(blocks.find((block) => block.kind === "list")).toEqual({
      kind: "list",
      ordered: true,
      children: [
        { kind: "listItem", children: [{ kind: "paragraph", spans: [{ text: "First finding", marks: [] }] }] },
        { kind: "listItem", children: [{ kind: "paragraph", spans: [{ text: "Second finding", marks: [] }] }] },
      ],
    });
    expect(paper.citations).toEqual([
      { key: "smith-jones-2020", label: "Smith & Jones, 2020", count: 2 },
      { key: "lee-2019", label: "Lee, 2019", count: 1 },
    ]);
    expect(paper.questions.map((question) => question.quote)).toEqual(["Is any of this new?"]);
  });
});

describe("importing HTML", () => {
  it("sanitises down to headings, paragraphs, quotes, emphasis and safe links", async () => {
    const paper = await importPaper({ bytes: fixture("paper.html"), filename: "paper.html" });
    expectValid(paper.doc);
    expect(paper.headings).toEqual(["Scoring Citizens", "Introduction"]);
    expect(paper.doc.content.map((node) => node.type).slice(0, 5)).toEqual(["heading", "abstract", "heading", "paragraph", "blockquote"]);
    expect(paper.doc.content).toHaveLength(6); // the list last, as the document model renders it
    expect(textOf(paper.doc.content[1])).toBe("We compare social scoring schemes.");
    expect(paper.plainText).not.toMatch(/Page title|color|chart|embed/);
    expect(textOf(paper.doc.content[3])).toBe("Credit scores travel far (Smith & Jones, 2020); see the report and an annex.");
    const links = marked(paper.doc, "link");
    expect(links.map(textOf)).toEqual(["report"]); // the ftp: link keeps its text, loses the link
    expect(links[0].marks?.find((mark) => mark.type === "link")?.attrs).toMatchObject({ href: "https://example.org/report" });
    expect(marked(paper.doc, "bold").map(textOf)).toEqual(["travel"]);
    expect(paper.citations.map((work) => work.key)).toEqual(["smith-jones-2020"]);
  });
});

describe("importing PDF", () => {
  it("rebuilds lines and paragraphs from the text layer", async () => {
    const bytes = minimalPdf([
      [
        { text: "Introduction", size: 14 },
        { text: "Scoring systems are spreading (Smith & Jones, 2020). Their decision-", y: 700 },
        { text: "making is opaque, and the evidence from three countries is that the" },
        { text: "12", y: 60 }, // page number
      ],
      [
        { text: "effects are uneven. Smith and Jones (2020) ask whether this can last." },
        { text: "Who decides what counts as trust?" },
        { text: "Methods", y: 640, size: 14 },
        // "decision" stands alone here, so "decision-" + "making" above is a compound, kept.
        { text: "We read each decision document. As one official put it:", y: 610 },
        { text: "Trust is the foundation of society and of the market, and", x: 108, y: 585 },
        { text: "whoever breaks it must be punished everywhere.", x: 108 },
        { text: "Nothing in the plans says how long a record is kept.", y: 545 },
      ],
    ]);
    expect(detectFormat(bytes)).toBe("pdf");
    const paper = await importPaper({ bytes, filename: "paper.pdf" });
    expectValid(paper.doc);
    expect(paper.headings).toEqual(["Introduction", "Methods"]);
    expect(paper.doc.content.map((node) => node.type)).toEqual([
      "heading", "paragraph", "heading", "paragraph", "blockquote", "paragraph",
    ]);
    expect(textOf(paper.doc.content[1])).toBe(
      "Scoring systems are spreading (Smith & Jones, 2020). Their decision-making is opaque, and the evidence " +
        "from three countries is that the effects are uneven. Smith and Jones (2020) ask whether this can last. " +
        "Who decides what counts as trust?",
    );
    expect(textOf(paper.doc.content[4])).toBe(
      "Trust is the foundation of society and of the market, and whoever breaks it must be punished everywhere.",
    );
    expect(paper.citations).toEqual([{ key: "smith-jones-2020", label: "Smith & Jones, 2020", count: 2 }]);
    expect(paper.questions.map((question) => question.quote)).toEqual(["Who decides what counts as trust?"]);
  });
});
