export type ImportErrorCode =
  | "invalid_bibliography"
  | "empty"
  | "binary"
  | "too_large"
  | "no_text_layer"
  | "unsafe_html"
  | "unsupported_format";

/**
 * A file the importer refuses, with a message written for the person who uploaded it.
 * `status` is the HTTP status a route should answer with (413 for size, 422 otherwise),
 * so routes can map it onto the shared error shape without a lookup table.
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly status: 413 | 422;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = "ImportError";
    this.code = code;
    this.status = code === "too_large" ? 413 : 422;
  }
}
