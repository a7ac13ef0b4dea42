/**
 * Pandoc and bookdown (R Markdown) conventions that a CommonMark parser leaves as text:
 * figure/table labels "(\#fig:name)" at the start of captions, cross-references
 * "\@ref(fig:name)", and attribute blocks "{#id .class}" after headings and links.
 */

const LABEL = /\(\\?#((?:fig|tab|eq):[\w.-]+)\)/g;
const LEADING_LABEL = /^\s*\(\\?#((fig|tab|eq):[\w.-]+)\)\s*/;
const KIND_WORD: Record<string, string> = { fig: "Figure", tab: "Table", eq: "Equation" };
const REFERENCE = /\\?@ref\(([\w.:-]+)\)/g;
const ATTRIBUTES = /\s*\{(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|\S+))(?:\s+(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|\S+)))*\}/g;

/** Numbers figures, tables and equations in the order their labels appear, as bookdown does. */
export class CrossReferences {
  private readonly numbers = new Map<string, number>();
  private readonly counts = new Map<string, number>();

  /** Registers the labels in one text, in document order. */
  collect(text: string): void {
    for (const match of text.matchAll(LABEL)) {
      const label = match[1];
      if (this.numbers.has(label)) continue;
      const kind = label.split(":")[0];
      const count = (this.counts.get(kind) ?? 0) + 1;
      this.counts.set(kind, count);
      this.numbers.set(label, count);
    }
  }

  /** "Table @ref(tab:events)" reads "Table 1"; an unknown label reads as its name. */
  resolve(text: string): string {
    return text.replace(REFERENCE, (_, label: string) => String(this.numbers.get(label) ?? label.replace(/^(?:fig|tab|eq|sec):/, "")));
  }

  /** A caption's leading label becomes its number: "(#tab:events)Conferences" → "Table 1: Conferences". */
  caption(text: string): string {
    const match = LEADING_LABEL.exec(text);
    if (!match) return this.resolve(text);
    const number = this.numbers.get(match[1]);
    return `${KIND_WORD[match[2]]}${number ? ` ${number}` : ""}: ${this.resolve(text.slice(match[0].length))}`;
  }
}

/** Drops pandoc attribute blocks ("{#intro}", "{.uri}", "{.unnumbered}"). */
export function withoutAttributes(text: string): string {
  return text.replace(ATTRIBUTES, "");
}

/** Whether a text starts with an attribute block (it follows a link or image). */
export function startsWithAttributes(text: string): boolean {
  return /^\{(?:[#.][\w:.-]+|[\w-]+=)/.test(text);
}

export function stripLeadingAttributes(text: string): string {
  const match = /^\{[^}\n]*\}/.exec(text);
  return match ? text.slice(match[0].length) : text;
}
