import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ImportFormat, ImportError, importPaper, MAX_IMPORT_BYTES } from "@/lib/documents/import";
import { minimalPdf } from "./minimal-pdf";

const encode = (text: string) => new TextEncoder().encode(text);

async function rejection(input: Parameters<typeof importPaper>[0]): Promise<ImportError> {
  const error = await importPaper(input).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("importPaper refuses bad input with a clear error", () => {
  it("an empty file", async () => {
    const error = await rejection({ bytes: new Uint8Array(0), filename: "paper.txt" });
    expect({ code: error.code, status: error.status, message: error.message }).toEqual({
      code: "empty",
      status: 422,
      message: "The file is empty.",
    });
  });

  it("a file with only whitespace, or markup without text", async () => {
    expect((await rejection({ bytes: encode(" \n \n\t"), filename: "paper.txt" })).code).toBe("empty");
    expect((await rejection({ bytes: encode("<p> </p><div></div>"), filename: "paper.html" })).code).toBe("empty");
  });

  it("a DOCX that is not a valid ZIP, a ZIP that is neither DOCX nor ODT, and other binary formats", async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x61, 0x62]);
    const docx = await rejection({ bytes: broken, filename: "paper.docx" });
    expect([docx.code, docx.status]).toEqual(["unsupported_format", 422]);
    expect(docx.message).toMatch(/not a valid Word \(\.docx\) document/);
    const zip = await rejection({ bytes: broken, filename: "archive.zip" });
    expect(zip.message).toMatch(/ZIP archive, but not a Word \(\.docx\) or OpenDocument \(\.odt\) document/);
    expect(zip.message).toMatch(/export it to PDF/);
    const ole = await rejection({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), filename: "old.doc" });
    expect([ole.code, ole.message]).toEqual(["unsupported_format", expect.stringMatching(/\.doc.*save it as \.docx.*PDF, Word \(\.docx\), OpenDocument/)]);
    const png = await rejection({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), filename: "scan.png" });
    expect([png.code, png.status]).toEqual(["binary", 422]);
    expect(png.message).toMatch(/binary data, not text.*export it to PDF/);
    const latin1 = await rejection({ bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), filename: "old.txt" });
    expect(latin1.message).toMatch(/not valid UTF-8 text. Save it as UTF-8/);
    const binary = await rejection({ bytes: new Uint8Array([0x41, 0, 0, 0, 1, 2, 3, 0x42]), filename: "data.bin" });
    expect(binary.message).toMatch(/binary data, not text.*export it to PDF/);
  });

  it("invalid UTF-8, and text full of control characters", async () => {
    expect((await rejection({ bytes: new Uint8Array([0x61, 0xc3, 0x28, 0x62]), filename: "a.txt" })).code).toBe("binary");
    const controls = encode("a\u0001b\u0002c\u0003d\u0004e\u0005f\u0006g\u0007h\u0008".repeat(10));
    expect((await rejection({ bytes: controls, filename: "a.txt" })).code).toBe("binary");
  });

  it("a file over 5 MB, with status 413", async () => {
    const error = await rejection({ bytes: new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61), filename: "big.txt" });
    expect({ code: error.code, status: error.status, message: error.message }).toEqual({
      code: "too_large",
      status: 413,
      message: "The file is larger than 5 MB.",
    });
  });

  it("accepts a file of exactly 5 MB", { timeout: 30_000 }, async () => {
    const line = "A sentence of ordinary text.\n";
    const text = line.repeat(Math.floor(MAX_IMPORT_BYTES / line.length));
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x20);
    bytes.set(encode(text));
    const paper = await importPaper({ bytes, filename: "big.txt" });
    expect(paper.plainText.startsWith("A sentence of ordinary text.")).toBe(true);
  });

  it("a PDF without a text layer", async () => {
    const bytes = minimalPdf([{ raw: "0 0 1 rg 72 600 200 100 re f" }]);
    const error = await rejection({ bytes, filename: "scan.pdf" });
    expect([error.code, error.status]).toEqual(["no_text_layer", 422]);
    expect(error.message).toMatch(/no text layer/);
  });

  it("a damaged PDF", async () => {
    const error = await rejection({ bytes: encode("%PDF-1.7\nnot really a pdf"), filename: "broken.pdf" });
    expect([error.code, error.status]).toEqual(["unsupported_format", 422]);
  });

  it("HTML with a script is imported without it, and the notices count what was removed", async () => {
    const bytes = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/import/unsafe-script.html"));
    const paper = await importPaper({ bytes, filename: "paper.html" });
    expect(paper.plainText).not.toMatch(/alert|steal|document\.cookie/);
    expect(paper.notices).toEqual([{ code: "removed_scripts", count: 1, message: "Removed 1 script." }]);
  });

  it("HTML with inline event handlers or javascript: URLs keeps its text and loses them", async () => {
    const paper = await importPaper({
      bytes: encode('<p onclick="steal()" onmouseover="x()">Hi <a href=" jav&#x61;script:steal()">there</a>.</p>'),
      filename: "a.html",
    });
    expect(paper.plainText).toBe("Hi there.");
    expect(JSON.stringify(paper.doc)).not.toMatch(/javascript|steal/i);
    expect(paper.notices.map((notice) => [notice.code, notice.count])).toEqual([
      ["removed_event_handlers", 2],
      ["removed_unsafe_urls", 1],
    ]);
  });

  it("Markdown with a script or a javascript: link keeps its text and loses them", async () => {
    const script = await importPaper({ bytes: encode("# T\n\nText.\n\n<script>steal()</script>\n"), filename: "a.md" });
    expect(script.plainText).toBe("T\n\nText.");
    expect(script.notices.map((notice) => [notice.code, notice.count])).toEqual([["removed_scripts", 1]]);
    const link = await importPaper({ bytes: encode("Please [click](javascript:steal()) here."), filename: "a.md" });
    expect(link.plainText).toBe("Please click here.");
    expect(JSON.stringify(link.doc)).not.toMatch(/javascript/);
    expect(link.notices.map((notice) => [notice.code, notice.count])).toEqual([["removed_unsafe_urls", 1]]);
  });

  it("stray NUL and control characters and lone surrogates never reach the document", async () => {
    const filler = "An ordinary sentence of the paper that goes on for a while. ".repeat(4);
    const paper = await importPaper({ bytes: encode(`Bad\u0000 bytes\u0007 here. ${filler}`), filename: "a.txt" });
    expect(paper.plainText).toBe(`Bad bytes here. ${filler.trim()}`);
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]); // "A", a lone high surrogate, "B"
    expect((await importPaper({ bytes: utf16, filename: "a.txt" })).plainText).not.toMatch(loneSurrogate);
    const entities = await importPaper({ bytes: encode("<p>A&#xD800;B&#0;C &#x1F600;</p>"), filename: "a.html" });
    expect(entities.plainText).not.toMatch(loneSurrogate);
    expect(entities.plainText).not.toContain("\u0000");
  });

  it("an unknown format", async () => {
    const error = await rejection({ bytes: encode("text"), format: "rtf" as ImportFormat });
    expect([error.code, error.status]).toEqual(["unsupported_format", 422]);
    expect(error.message).toMatch(/PDF, Word \(\.docx\), OpenDocument text \(\.odt\), Markdown, HTML and plain text.*export it to PDF/);
  });
});
