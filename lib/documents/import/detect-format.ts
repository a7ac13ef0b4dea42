export type ImportFormat = "text" | "markdown" | "html" | "pdf";

export const IMPORT_FORMATS: readonly ImportFormat[] = ["text", "markdown", "html", "pdf"];

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  pdf: "pdf",
};

function startsWithPdfMagic(bytes: Uint8Array): boolean {
  // The PDF spec lets "%PDF-" appear anywhere in the first 1024 bytes.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
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
    /^\S[^\n]*\n(=+|-+)[ \t]*$/m, // setext heading
  ];
  return cues.some((cue) => cue.test(text));
}

/**
 * Picks a format from the file's content and name. A PDF signature wins over the name
 * (people rename files); then the extension; then a look at the text itself.
 */
export function detectFormat(bytes: Uint8Array, filename?: string): ImportFormat {
  if (startsWithPdfMagic(bytes)) return "pdf";
  const extension = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (extension && EXTENSIONS[extension]) return EXTENSIONS[extension];
  const sample = new TextDecoder("utf-8").decode(bytes.subarray(0, 8192));
  if (looksLikeHtml(sample)) return "html";
  if (looksLikeMarkdown(sample)) return "markdown";
  return "text";
}
