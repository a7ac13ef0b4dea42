/**
 * Author–year citations in one block of text: parenthetical "(Chen, Lin & Liu, 2018;
 * Creemers, 2018)" (each work is its own mention) and narrative "Feldstein (2019)".
 * Pure string functions; mark-citations.ts applies the results to blocks.
 */

export interface CitationMention {
  from: number; // offsets in the block's text of the marked passage
  to: number;
  authors: string[];
  etAl: boolean;
  year: string;
}

const PARTICLES = "de|da|del|della|der|di|du|la|le|van|von|den|ter|dos|das|bin|al";
const PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
const CONNECTORS = `${PARTICLES}|for|of|the|on`;
const WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const NAME = String.raw`(?:(?:${PARTICLES})\s+)*${WORD}(?:\s+(?:(?:${CONNECTORS})\s+)*${WORD})*`;
const NAME_ONLY = new RegExp(`^${NAME}$`, "u");
const YEAR = String.raw`(\d{4}[a-z]?|n\.d\.)`;
const PAGES = String.raw`(?:,\s*(?:pp?\.|at)\s*[\d–-]+)?`;

const ITEM = new RegExp(String.raw`^(.+?),?\s+${YEAR}${PAGES}$`, "u");
const ITEM_PREFIX = /^(?:see\s+also|see|cf\.|e\.g\.,?|i\.e\.,?|also|for\s+example,?|compare)\s+/i;
const NARRATIVE_YEAR = new RegExp(String.raw`\(${YEAR}${PAGES}\)`, "gu");
const NARRATIVE_AUTHORS = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’\-])(${NAME}(?:(?:,\s+${NAME})*,?\s+(?:and|&)\s+${NAME})?)(\s+et\s+al\.)?\s+$`,
  "u",
);

// Capitalised words that start sentences or clauses, not names ("As Chen (2018) puts it").
const LEADING_WORDS = new Set(
  (
    "as the in for but and so then while when if also however thus hence indeed according both since " +
    "although though yet by to on at from with unlike like following whereas this that these those here " +
    "there moreover furthermore further similarly likewise conversely finally first second third fourth fifth " +
    "next lastly notably recently even only professor prof. dr. mr. mrs. ms. judge justice"
  ).split(" "),
);

const NOT_AUTHORS = new Set(
  (
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. " +
    "spring summer autumn fall winter figure table chapter section page appendix"
  ).split(" "),
);

// A date or a period, not an author: "Jan 2017", "February-June 2020", "mid-March 2003".
const DATE_WORD = /(?:^|[\s\-–—/])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\.?(?=$|[\s\-–—/,])/i;

const SPLIT_AUTHORS = /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/;

export function parseAuthors(raw: string): { authors: string[]; etAl: boolean } | undefined {
  const etAl = /\s+et\s+al\.?$/.test(raw);
  const list = raw.replace(/\s+et\s+al\.?$/, "").split(SPLIT_AUTHORS).map((name) => name.trim());
  if (list.length === 0 || list.length > 8) return undefined;
  for (const name of list) {
    if (!NAME_ONLY.test(name) || name.split(/\s+/).length > 6) return undefined;
    if (NOT_AUTHORS.has(name.toLowerCase()) || DATE_WORD.test(name)) return undefined;
    // Initials alone ("J." of "Smith, J. (2019)") are not an author's name.
    if (/^(?:\p{Lu}\.\s*)+$/u.test(name)) return undefined;
  }
  return { authors: list, etAl };
}

/** "(Krause Hansen & Weiskopf, 2019; see also Creemers, 2018)" → one mention per work. */
export function findParentheticalCitations(text: string): CitationMention[] {
  const mentions: CitationMention[] = [];
  // Longer parentheses are prose, not a list of references; skipping them also bounds the work.
  for (const group of text.matchAll(/\(([^()]{1,600})\)/g)) {
    let offset = group.index + 1;
    for (const part of group[1].split(";")) {
      const partStart = offset;
      offset += part.length + 1;
      const leading = part.length - part.trimStart().length;
      let item = part.trim();
      const prefix = ITEM_PREFIX.exec(item)?.[0] ?? "";
      item = item.slice(prefix.length);
      const match = ITEM.exec(item);
      if (!match) continue;
      const parsed = parseAuthors(match[1]);
      if (!parsed) continue;
      const from = partStart + leading + prefix.length;
      mentions.push({ from, to: from + item.length, ...parsed, year: match[2] });
    }
  }
  return mentions;
}

function normaliseName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");
}

/**
 * Narrative names carry first names and sentence words ("As Carl Sagan", "Rogier
 * Creemers"). Keep the longest tail that is an author already cited in parentheses;
 * failing that, the surname: from the first particle ("von der Leyen") or the last word.
 */
function resolveNarrativeName(words: string[], known: Set<string>): string[] {
  for (let i = 0; i < words.length; i += 1) {
    if (known.has(normaliseName(words.slice(i).join(" ")))) return words.slice(i);
  }
  const particle = words.findIndex((word) => PARTICLE.test(word));
  if (particle >= 0) return words.slice(particle);
  return words.slice(-1);
}

/**
 * "Feldstein (2019)", "Chen, Lin and Liu (2018)", "Carl Sagan (1980)". `knownAuthors`
 * are the author names seen in parenthetical citations, so that "Rogier Creemers (2018)"
 * and "(Creemers, 2018)" resolve to the same work.
 */
export function findNarrativeCitations(text: string, knownAuthors: Set<string>): CitationMention[] {
  const mentions: CitationMention[] = [];
  const known = new Set([...knownAuthors].map(normaliseName));
  for (const match of text.matchAll(NARRATIVE_YEAR)) {
    const before = text.slice(Math.max(0, match.index - 200), match.index);
    const names = NARRATIVE_AUTHORS.exec(before);
    if (!names) continue;
    // "Copyright (C) The Internet Society (2005)" names a holder and a year, not a work.
    if (/(?:copyright|\(c\)|©)[^.]{0,60}$/i.test(before.slice(0, before.length - names[0].length))) continue;
    const parsed = parseAuthors(names[1]);
    if (!parsed) continue;
    // Sentence words swept into the name: "As Carl Sagan", "Conversely, Síthigh and Siems".
    let written = parsed.authors;
    while (written.length > 1 && LEADING_WORDS.has(written[0].toLowerCase())) written = written.slice(1);
    let firstWords = written[0].split(/\s+/);
    while (firstWords.length > 1 && LEADING_WORDS.has(firstWords[0].toLowerCase())) firstWords = firstWords.slice(1);
    const authors = [firstWords, ...written.slice(1).map((name) => name.split(/\s+/))].map((words) =>
      resolveNarrativeName(words, known).join(" "),
    );
    if (authors.some((name) => LEADING_WORDS.has(name.toLowerCase()) || NOT_AUTHORS.has(name.toLowerCase()))) continue;
    // The mark starts at the name as written, first names included: "Carl Sagan (1980)".
    const phraseStart = match.index - names[0].length;
    const from = phraseStart + Math.max(0, names[1].indexOf(firstWords.join(" ")));
    mentions.push({ from, to: match.index + match[0].length, authors, etAl: Boolean(names[2]), year: match[1] });
  }
  return mentions;
}

/** A stable key for one work: "chen-lin-liu-2018", "smith-et-al-2020b". */
export function citationKey(authors: string[], etAl: boolean, year: string): string {
  const slug = (name: string) =>
    normaliseName(name)
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "");
  return [...authors.map(slug), ...(etAl ? ["et-al"] : []), slug(year)].join("-");
}

/** "Creemers, 2018", "Chen & Cheung, 2017", "Chen, Lin & Liu, 2018", "Smith et al., 2020". */
export function citationLabel(authors: string[], etAl: boolean, year: string): string {
  let names: string;
  if (etAl) names = `${authors[0]} et al.`;
  else if (authors.length === 1) names = authors[0];
  else names = `${authors.slice(0, -1).join(", ")} & ${authors[authors.length - 1]}`;
  return `${names}, ${year}`;
}
