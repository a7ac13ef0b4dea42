import type { ImportFormat } from "./import";

const MIME_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  markdown: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  text: "text/plain; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
};

/** The MIME type of a stored original, from the format the import read it as (not the browser's guess). */
export function mimeTypeOf(format: ImportFormat | string): string {
  return MIME_TYPES[format] ?? "application/octet-stream";
}

/** Control characters (NUL first of all) cannot be stored by PostgreSQL or sent in a header. */
export function storableText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
}

/** A safe download name: the uploaded name's base, without path parts or control characters. */
export function storedFilename(name: string | undefined, format: string): string {
  const base = storableText((name ?? "").split(/[\\/]/).pop() ?? "").slice(0, 200);
  return base || `paper.${format === "markdown" ? "md" : format === "text" ? "txt" : format}`;
}

/** The default title: the paper's own, else the file's name without its extension. */
export function defaultTitle(metaTitle: string | null, filename: string | undefined): string {
  const fromMeta = storableText(metaTitle ?? "");
  if (fromMeta) return fromMeta.slice(0, 300);
  const fromName = storableText((filename ?? "").split(/[\\/]/).pop() ?? "").replace(/\.[A-Za-z0-9]{1,8}$/, "");
  return fromName.slice(0, 300) || "Untitled paper";
}
