import { type Block, type ReferenceBlock, spansText } from "./blocks";

/** A reference-list entry as citations see it. */
export interface ListedEntry {
  key: string;
  label?: string;
  text: string;
  /** Its number in a numbered list ("[12]", "12."), else undefined. */
  number?: number;
  /** What a link "#…" or a key label names ("wilson2014" for "[wilson2014]"). */
  anchor?: string;
  /** Normalised first-author surname and year ("2019a" when the entry prints one), for author–year matching. */
  surname?: string;
  year?: string;
}

export function normaliseSurname(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, "");
}

const PARTICLES = /^(?:de|da|del|della|der|di|du|la|le|van|von|den|ter|dos|das|st\.?)$/i;

/** "Chen, Y., Lin, C." → "chen"; "De Filippi P (2019)" → "defilippi"; "van der Berg, A." → "vanderberg". */
function firstSurname(text: string): string | undefined {
  const words = text.replace(/^[\s"“‘']+/, "").split(/[\s,]+/);
  const out: string[] = [];
  for (const word of words) {
    if (PARTICLES.test(word) && out.length === 0) {
      out.push(word);
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) return undefined;
    out.push(word.replace(/[.,;:]+$/, ""));
    break;
  }
  const surname = normaliseSurname(out.join(""));
  return surname.length >= 2 ? surname : undefined;
}

function entryYear(text: string): string | undefined {
  const inParens = /\((1[5-9]\d\d|20\d\d)([a-z]?)\)/.exec(text);
  if (inParens) return inParens[1] + inParens[2];
  const bare = /(?:^|[^\d])(1[5-9]\d\d|20\d\d)([a-z]?)(?![\d\p{L}])/u.exec(text);
  return bare ? bare[1] + bare[2] : undefined;
}

/** The entries of every references container, in document order. */
export function listedEntries(blocks: Block[]): ListedEntry[] {
  const out: ListedEntry[] = [];
  const visit = (list: Block[], inside: boolean) => {
    for (const block of list) {
      if (block.kind === "reference" && inside) out.push(describe(block));
      else if ("children" in block) visit(block.children, inside || block.kind === "references");
    }
  };
  visit(blocks, false);
  return out;
}

function describe(block: ReferenceBlock): ListedEntry {
  const text = spansText(block.spans);
  const label = block.label?.trim();
  const number = label && /^\[?\d{1,4}\]?\.?$/.test(label) ? Number(label.replace(/\D/g, "")) : undefined;
  const keyed = label && !number ? /^\[?([^\]]+?)\]?:?$/.exec(label)?.[1] : undefined;
  // The text is as printed: the label ("[12] ", "12. ", "[wilson2014]: ") comes before the authors.
  const body = text.replace(/^\s*(?:\.\.\s+)?(?:\[[^\]]{1,40}\]:?|\d{1,4}\.)\s*/, "");
  return { key: block.key, label, text, number, anchor: keyed, surname: firstSurname(body), year: entryYear(body) };
}

/**
 * The entry an author–year mention points at: same first-author surname and year; a
 * suffix ("2019b") picks the entry printing it or, when the list prints bare years, the
 * second of that author's entries for the year (a, b … in list order).
 */
export function matchAuthorYear(entries: ListedEntry[], author: string, year: string): ListedEntry | undefined {
  const surname = normaliseSurname(author.split(/\s+/).pop() ?? author);
  const whole = normaliseSurname(author);
  const candidates = entries.filter((entry) => entry.surname && (entry.surname === whole || entry.surname === surname));
  const exact = candidates.filter((entry) => entry.year === year);
  if (exact.length === 1) return exact[0];
  const base = year.replace(/[a-z]$/, "");
  const sameYear = candidates.filter((entry) => entry.year?.replace(/[a-z]$/, "") === base);
  const suffix = /[a-z]$/.exec(year)?.[0];
  if (suffix) return sameYear[suffix.charCodeAt(0) - 97];
  return sameYear.length === 1 ? sameYear[0] : undefined;
}
