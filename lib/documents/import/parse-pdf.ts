import type { ParsedPaper } from "./blocks";
import { ImportError } from "./import-error";
import { buildPaper } from "./pdf/build-paper";
import { readTextItems } from "./pdf/read-text-items";

export interface ParsePdfOptions {
  /** Called after each page is read. */
  onProgress?: (donePages: number, totalPages: number) => void;
}

/**
 * PDF to blocks through its text layer, laid out as the author wrote it (columns, reading
 * order, headings, captions, footnotes, references; see `pdf/`). Encrypted and damaged
 * files and scans without a text layer are refused with an ImportError.
 */
export async function parsePdf(bytes: Uint8Array, options: ParsePdfOptions = {}): Promise<ParsedPaper> {
  const read = await readTextItems(bytes, options.onProgress);
  if (read.pages.every((page) => page.items.every((item) => item.text.trim() === ""))) {
    throw new ImportError(
      "no_text_layer",
      "The PDF has no text layer (it is probably a scan), so there is no text to import. Run it through OCR first, or import the text another way.",
    );
  }
  return buildPaper(read);
}
