import { parse as parseYaml } from "yaml";
import type { ImportNotice, PaperMeta } from "../blocks";

export interface FrontMatter {
  meta: PaperMeta;
  /** The YAML `abstract:` as Markdown source, to be parsed into the abstract block. */
  abstract?: string;
  notices: ImportNotice[];
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim() || undefined;
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

/** `author: A`, `authors: [A, B]`, `author: [{name: A}]`, `author: "A and B"`. */
function authorsOf(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const names = list.flatMap((entry): string[] => {
    if (typeof entry === "string") return entry.split(/\s+and\s+|;\s*/).map((name) => name.trim());
    if (entry && typeof entry === "object") {
      const record = entry as Record<string, unknown>;
      const name = text(record.name) ?? text(record.fullname) ?? [text(record.given), text(record.family)].filter(Boolean).join(" ");
      return name ? [name] : [];
    }
    return [];
  });
  const clean = names.filter((name) => name !== "");
  return clean.length > 0 ? clean : undefined;
}

/**
 * Reads YAML front matter. Nothing of it is shown as body text: the title and authors
 * go to meta, `abstract:` becomes the abstract block, and the whole object is kept in
 * meta.frontMatter (its `references:`/`bibliography:` are read by the citation step).
 */
export function readFrontMatter(yaml: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yaml, { maxAliasCount: 50 });
  } catch {
    return {
      meta: {},
      notices: [{ code: "front_matter_unreadable", count: 1, message: "The YAML front matter could not be read; it was left out." }],
    };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return { meta: {}, notices: [] };
  const record = data as Record<string, unknown>;
  const meta: PaperMeta = { frontMatter: record };
  const title = text(record.title);
  if (title) meta.title = [title, text(record.subtitle)].filter(Boolean).join(": ");
  const authors = authorsOf(record.authors ?? record.author);
  if (authors) meta.authors = authors;
  const date = text(record.date);
  if (date) meta.date = date;
  const abstract = typeof record.abstract === "string" && record.abstract.trim() !== "" ? record.abstract : undefined;
  if (abstract) meta.abstract = abstract.replace(/\s+/g, " ").trim();
  return { meta, abstract, notices: [] };
}
