import { SUPPORTED_FORMATS } from "./guard-input";
import { ImportError } from "./import-error";

export type ImportFormat = "text" | "markdown" | "html" | "pdf" | "docx" | "odt";

export const IMPORT_FORMATS: readonly ImportFormat[] = ["text", "markdown", "html", "pdf", "docx", "odt"];

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  rmd: "markdown",
  qmd: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  pdf: "pdf",
  docx: "docx",
  odt: "odt",
};

// Formats people bring that are not read, and what to do instead.
const UNSUPPORTED: Record<string, string> = {
  doc: "Word 97–2003 documents (.doc) are not supported: save it as .docx, or export it to PDF.",
  rtf: "Rich Text Format (.rtf) is not supported: save it as .docx, or export it to PDF.",
  pages: "Apple Pages documents are not supported: export it to PDF or Word (.docx).",
  epub: "EPUB books are not supported: export the chapter to PDF.",
  pptx: "Presentations are not supported: export the slides to PDF.",
  odp: "Presentations are not supported: export the slides to PDF.",
  xlsx: "Spreadsheets are not supported: export the sheet to PDF.",
  ods: "Spreadsheets are not supported: export the sheet to PDF.",
  tex: "LaTeX sources are not supported: import the PDF it produces.",
};

function startsWithPdfMagic(bytes: Uint8Array): boolean {
  // The PDF spec lets "%PDF-" appear anywhere in the first 1024 bytes.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What a ZIP archive holds, from the part names in its local headers (stored
 * uncompressed): an ODF package starts with its "mimetype" part, a Word document has
 * word/document.xml (and [Content_Types].xml).
 */
function zipKind(bytes: Uint8Array): "docx" | "odt" | "other-odf" | "other" {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  if (head.includes("mimetypeapplication/vnd.oasis.opendocument.text")) return "odt";
  if (head.includes("mimetypeapplication/vnd.oasis.opendocument")) return "other-odf";
  const names = new TextDecoder("latin1").decode(bytes);
  if (names.includes("word/document.xml")) return "docx";
  if (names.includes("[Content_Types].xml") && names.includes("word/")) return "docx";
  return "other";
}

function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return true;
  return /<(p|div|h[1-6]|body|article|section|blockquote|em|strong|br)\b[^>]*>/i.test(text) && /<\/(p|div|h[1-6]|body|article|section|blockquote|em|strong)>/i.test(text);
}

function looksLikeMarkdown(text: string): boolean {
  const cues = [
    /^#{1,6}[ \t]+\S/m, // ATX heading
    /^```/m, // fenced code
    /^>[ \t]?\S/m, // block quote
    /\[[^\]\n]+\]\([^)\s]+\)/, // inline link
    /(\*\*|__)\S[^\n]*?\S\1/, // strong emphasis
    /^---\n[\s\S]*?\n---\n/, // YAML front matter
  ];
  return cues.some((cue) => cue.test(text));
}

function unsupported(message: string): ImportError {
  return new ImportError("unsupported_format", `${message} ${SUPPORTED_FORMATS}`);
}

/**
 * Picks a format from the file's content and name. A PDF or ZIP signature wins over the
 * name (people rename files); then the extension; then a look at the text itself.
 * Refuses, naming what works, the binary formats it recognises but cannot read.
 */
export function detectFormat(bytes: Uint8Array, filename?: string): ImportFormat {
  if (startsWithPdfMagic(bytes)) return "pdf";
  const extension = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (startsWith(bytes, ZIP)) {
    const kind = zipKind(bytes);
    if (kind === "docx" || kind === "odt") return kind;
    if (extension === "docx" || extension === "odt") return extension; // its parser says what is wrong
    if (kind === "other-odf") throw unsupported("This OpenDocument file is not a text document (.odt).");
    throw unsupported("The file is a ZIP archive, but not a Word (.docx) or OpenDocument (.odt) document.");
  }
  if (startsWith(bytes, OLE2)) {
    throw unsupported("Older Microsoft Office files (.doc, .xls, .ppt) are not supported: save it as .docx, or export it to PDF.");
  }
  if (new TextDecoder("latin1").decode(bytes.subarray(0, 5)) === "{\\rtf") throw unsupported(UNSUPPORTED.rtf);
  if (extension && UNSUPPORTED[extension]) throw unsupported(UNSUPPORTED[extension]);
  if (extension && EXTENSIONS[extension]) return EXTENSIONS[extension];
  const sample = new TextDecoder("utf-8").decode(bytes.subarray(0, 8192));
  if (looksLikeHtml(sample)) return "html";
  if (looksLikeMarkdown(sample)) return "markdown";
  return "text";
}
