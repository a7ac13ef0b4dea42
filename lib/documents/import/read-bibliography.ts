import { parse as parseBibtex } from "astrocite-bibtex";

/**
 * A work a pandoc citation key can resolve to: from the Markdown front matter's
 * `references:` (CSL YAML, as pandoc reads it) or from a BibTeX file given with the
 * import. `text` is a short, readable rendering of the entry (authors, year, title,
 * where published), not a full citation style.
 */
export interface BibliographyEntry {
  key: string;
  text: string;
}

type CslName = { family?: unknown; given?: unknown; literal?: unknown };

function asText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  return "";
}

function nameOf(name: CslName): string {
  const literal = asText(name.literal);
  if (literal) return literal;
  const family = asText(name.family);
  const given = asText(name.given);
  return family && given ? `${family}, ${given}` : family || given;
}

function yearOf(item: Record<string, unknown>): string {
  const issued = item.issued as { "date-parts"?: unknown[][]; literal?: unknown; raw?: unknown } | string | number | undefined;
  if (typeof issued === "string" || typeof issued === "number") return asText(issued).slice(0, 4);
  const parts = issued?.["date-parts"];
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? asText(parts[0][0]) : "";
  return first || asText(issued?.literal) || asText(issued?.raw) || asText(item.year);
}

/** "Chen, Yongxi; Lin, Ching-Fu (2018). Title. Journal, 12(3)." */
export function formatCslItem(item: Record<string, unknown>): string {
  const authors = (Array.isArray(item.author) ? item.author : Array.isArray(item.editor) ? item.editor : [])
    .filter((name): name is CslName => typeof name === "object" && name !== null)
    .map(nameOf)
    .filter(Boolean);
  const year = yearOf(item);
  const title = asText(item.title);
  const container = asText(item["container-title"]) || asText(item.publisher);
  const volume = asText(item.volume);
  const issue = asText(item.issue);
  const page = asText(item.page);
  let text = authors.join("; ");
  if (year) text += `${text ? " " : ""}(${year})`;
  if (title) text += `${text ? ". " : ""}${title}`;
  if (container) {
    text += `. ${container}`;
    if (volume) text += `, ${volume}${issue ? `(${issue})` : ""}`;
    if (page) text += `, ${page}`;
  }
  const doi = asText(item.DOI);
  const url = asText(item.URL);
  if (doi) text += `. https://doi.org/${doi.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, "")}`;
  else if (url) text += `. ${url}`;
  return text.replace(/\s+/g, " ").trim().replace(/([^.])$/, "$1.");
}

function fromCsl(items: unknown): BibliographyEntry[] {
  if (!Array.isArray(items)) return [];
  const entries: BibliographyEntry[] = [];
  for (const item of items) {
    if (typeof item !== "object" || item === null) continue;
    const record = item as Record<string, unknown>;
    const key = asText(record.id);
    if (key) entries.push({ key, text: formatCslItem(record) });
  }
  return entries;
}

/** The CSL items of a Markdown front matter's `references:` field. */
export function readFrontMatterReferences(frontMatter: Record<string, unknown> | undefined): BibliographyEntry[] {
  return fromCsl(frontMatter?.references);
}

/**
 * A BibTeX (or BibLaTeX) file's entries. Malformed input raises an error whose message
 * names the line, for the import to report; one file is parsed in one go.
 */
export function readBibtex(source: string): BibliographyEntry[] {
  return fromCsl(parseBibtex(source));
}

/** Both sources, the file's entries first; a key defined twice keeps its first entry. */
export function readBibliography(options: { frontMatter?: Record<string, unknown>; bibtex?: string }): Map<string, BibliographyEntry> {
  const entries = [...(options.bibtex ? readBibtex(options.bibtex) : []), ...readFrontMatterReferences(options.frontMatter)];
  const byKey = new Map<string, BibliographyEntry>();
  for (const entry of entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  return byKey;
}
