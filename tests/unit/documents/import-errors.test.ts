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

  it("a binary file", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x61, 0x62]);
    const error = await rejection({ bytes, filename: "paper.docx" });
    expect([error.code, error.status]).toEqual(["binary", 422]);
    expect(error.message).toMatch(/not text/);
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

  it("accepts a file of exactly 5 MB", async () => {
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

  it("HTML with a script", async () => {
    const bytes = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/import/unsafe-script.html"));
    const error = await rejection({ bytes, filename: "paper.html" });
    expect({ code: error.code, status: error.status }).toEqual({ code: "unsafe_html", status: 422 });
    expect(error.message).toBe(
      "The HTML contains a <script> element, which could run code in readers' browsers. Remove it and import the file again.",
    );
  });

  it("HTML with inline event handlers or javascript: URLs", async () => {
    const onclick = await rejection({ bytes: encode('<p onclick="steal()">Hi</p>'), filename: "a.html" });
    expect([onclick.code, onclick.message]).toEqual(["unsafe_html", expect.stringContaining("inline event handler (onclick)")]);
    const encoded = await rejection({ bytes: encode('<p><a href=" jav&#x61;script:steal()">Hi</a></p>'), filename: "a.html" });
    expect([encoded.code, encoded.message]).toEqual(["unsafe_html", expect.stringContaining("javascript: URL")]);
  });

  it("Markdown with a script or a javascript: link", async () => {
    const script = await rejection({ bytes: encode("# T\n\n<script>steal()</script>\n"), filename: "a.md" });
    expect(script.code).toBe("unsafe_html");
    const link = await rejection({ bytes: encode("[click](javascript:steal())"), filename: "a.md" });
    expect(link.code).toBe("unsafe_html");
  });

  it("an unknown format", async () => {
    const error = await rejection({ bytes: encode("text"), format: "docx" as ImportFormat });
    expect([error.code, error.status]).toEqual(["unsupported_format", 422]);
  });
});
