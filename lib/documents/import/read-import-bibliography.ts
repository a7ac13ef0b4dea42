import { decodeText } from "./guard-input";
import { ImportError } from "./import-error";
import { type BibliographyEntry, readBibliography } from "./read-bibliography";

/** Bigger than any real .bib a paper cites from; keeps a hostile upload from pinning the parser. */
export const MAX_BIBLIOGRAPHY_BYTES = 2 * 1024 * 1024;

/**
 * The bibliography an import resolves pandoc keys against: the .bib given with the file
 * (bytes or text) and the front matter's `references:`. A .bib that is too big or does
 * not parse is refused with a message, like any unreadable upload.
 */
export function readImportBibliography(
  bibtex: string | Uint8Array | undefined,
  frontMatter: Record<string, unknown> | undefined,
): Map<string, BibliographyEntry> {
  const size = typeof bibtex === "string" ? Buffer.byteLength(bibtex) : (bibtex?.byteLength ?? 0);
  if (size > MAX_BIBLIOGRAPHY_BYTES) {
    throw new ImportError("invalid_bibliography", "The bibliography file is larger than 2 MB.");
  }
  const source = bibtex === undefined ? undefined : typeof bibtex === "string" ? bibtex : decodeText(bibtex);
  try {
    return readBibliography({ frontMatter, bibtex: source });
  } catch (error) {
    const where = (error as { location?: { start?: { line?: number } } }).location?.start?.line;
    throw new ImportError(
      "invalid_bibliography",
      `The bibliography file is not valid BibTeX${where ? ` (line ${where})` : ""}. Export it again from your reference manager.`,
    );
  }
}
