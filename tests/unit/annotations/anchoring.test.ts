import { beforeAll, describe, expect, it } from "vitest";
import { AnchorError, describeSelection, MAX_QUOTE_LENGTH, reanchor, type TextAnchor } from "@/lib/annotations/anchoring";
import { offsetOf, samplePlainText } from "@/tests/fixtures/annotations/sample-annotations";

let text: string;
beforeAll(async () => {
  text = await samplePlainText();
});

/** The anchor of the `occurrence`-th occurrence of `quote` in the sample paper. */
function anchorOf(quote: string, occurrence = 0): TextAnchor {
  const start = offsetOf(text, quote, occurrence);
  return describeSelection(text, start, start + quote.length);
}

/** `source` with `count` characters at `at` replaced by `insert`. */
function edit(source: string, at: number, count: number, insert = ""): string {
  return source.slice(0, at) + insert + source.slice(at + count);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("describeSelection", () => {
  it("keeps the quote, 32 characters of context on each side, and the range", () => {
    const quote = "the primary motivation behind creating a social credit system";
    const start = offsetOf(text, quote);
    const anchor = describeSelection(text, start, start + quote.length);
    expect(anchor).toEqual({ quote, prefix: text.slice(start - 32, start), suffix: text.slice(start + quote.length, start + quote.length + 32), start, end: start + quote.length });
    expect(anchor.prefix).toBe("tance, Shen (2018) writes that “");
  });

  it("keeps fewer characters of context at the edges of the text", () => {
    const first = describeSelection(text, 0, 23);
    expect(first).toMatchObject({ quote: "Artificial intelligence", prefix: "", start: 0 });
    const last = describeSelection(text, text.length - 10, text.length);
    expect(last.suffix).toBe("");
    expect(last.prefix).toHaveLength(32);
  });

  it("takes context across block boundaries as the plain text has it", () => {
    const anchor = anchorOf("Introduction");
    expect(anchor.prefix.endsWith("will also be discussed.\n\n")).toBe(true);
    expect(anchor.suffix.startsWith("\n\nTechnology and its legal")).toBe(true);
  });

  it("counts Chinese characters as the string indices of the plain text", () => {
    const anchor = anchorOf("社会信用", 1);
    expect(anchor.quote).toBe("社会信用");
    expect(anchor.end - anchor.start).toBe(4);
    expect(anchor.prefix.endsWith("clarifies that “the term ")).toBe(true);
    expect(anchor.suffix).toBe(", which is translated to social ");
  });

  it.each([
    ["a negative start", -1, 5, "out_of_range"],
    ["an end past the text", 0, Number.POSITIVE_INFINITY, "out_of_range"],
    ["an end before the start", 10, 5, "out_of_range"],
    ["a fractional offset", 1.5, 3, "out_of_range"],
    ["an empty range", 5, 5, "empty"],
    ["a range of only white space (a block separator)", null, null, "empty"],
    ["a quote over the limit", 0, MAX_QUOTE_LENGTH + 1, "too_long"],
  ] as const)("refuses %s", (_, start, end, code) => {
    const separator = text.indexOf("\n\n");
    const from = start ?? separator;
    const to = end === Number.POSITIVE_INFINITY ? text.length + 1 : (end ?? separator + 2);
    const thrown = (() => {
      try {
        describeSelection(text, from, to);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(AnchorError);
    expect(thrown).toMatchObject({ code, status: 422 });
  });

  it("accepts a quote of exactly the limit", () => {
    expect(describeSelection(text, 100, 100 + MAX_QUOTE_LENGTH).quote).toHaveLength(MAX_QUOTE_LENGTH);
  });

  describe("surrogate pairs (characters outside the Basic Multilingual Plane)", () => {
    const rare = "𠮷"; // U+20BB7, two UTF-16 code units
    const sample = `The character ${rare}野 is rare; so is 😀 in a paper.`;
    const at = sample.indexOf(rare);

    it("widens a selection that starts or ends inside a character to the whole character", () => {
      expect(describeSelection(sample, at + 1, at + 3)).toMatchObject({ quote: `${rare}野`, start: at, end: at + 3 });
      expect(describeSelection(sample, at - 4, at + 1)).toMatchObject({ quote: `ter ${rare}`, start: at - 4, end: at + 2 });
    });

    it("never starts or ends the context with half a character", () => {
      const padded = `x😀${"b".repeat(31)}QUOTE${"c".repeat(31)}😀y`;
      const start = padded.indexOf("QUOTE");
      const anchor = describeSelection(padded, start, start + 5);
      expect(anchor.prefix).toBe("b".repeat(31));
      expect(anchor.suffix).toBe("c".repeat(31));
      expect(LONE_SURROGATE.test(anchor.prefix + anchor.suffix)).toBe(false);
    });
  });
});

describe("reanchor over the sample paper", () => {
  const claim = "the primary motivation behind creating a social credit system seems to be more economical";

  it("keeps the stored position while it still holds the quote", () => {
    const anchor = anchorOf(claim);
    expect(reanchor(text, anchor)).toEqual({ start: anchor.start, end: anchor.end, method: "position" });
  });

  it("follows the passage when text is inserted or deleted before it", () => {
    const anchor = anchorOf(claim);
    const inserted = "A new opening paragraph, added by the author.\n\n";
    expect(reanchor(inserted + text, anchor)).toEqual({ start: anchor.start + inserted.length, end: anchor.end + inserted.length, method: "exact" });
    const firstBlock = text.indexOf("\n\n") + 2;
    expect(reanchor(text.slice(firstBlock), anchor)).toEqual({ start: anchor.start - firstBlock, end: anchor.end - firstBlock, method: "exact" });
  });

  it("follows the passage when the words just before it change", () => {
    const anchor = anchorOf(claim);
    const changed = edit(text, anchor.start - 8, 6, "clearly writes");
    const found = reanchor(changed, anchor);
    expect(found).toMatchObject({ method: "exact", start: anchor.start + 8 });
    expect(changed.slice(found!.start, found!.end)).toBe(claim);
  });

  it("stays put when the text after the passage changes, right after it or far away", () => {
    const anchor = anchorOf(claim);
    expect(reanchor(edit(text, anchor.end, 0, ", above all,"), anchor)).toMatchObject({ start: anchor.start, end: anchor.end, method: "position" });
    expect(reanchor(text + "\n\nA postscript.", anchor)).toMatchObject({ start: anchor.start, method: "position" });
  });

  describe("repeated phrases", () => {
    const phrase = "social credit system";

    it("picks the annotated occurrence of a phrase that occurs nine times, by its context", () => {
      expect(text.split(phrase)).toHaveLength(10);
      for (const occurrence of [0, 4, 8]) {
        const anchor = anchorOf(phrase, occurrence);
        const shifted = "Preface.\n\n" + text;
        expect(reanchor(shifted, anchor)).toEqual({ start: anchor.start + 10, end: anchor.end + 10, method: "exact" });
      }
    });

    it("prefers the occurrence in the right context to a new one nearer the old position", () => {
      const anchor = anchorOf(phrase, 4);
      // "… which “lays out a more detailed picture about building a unified social credit system” …"
      const clause = text.lastIndexOf("“lays out", anchor.start);
      const inserted = "(critics of the social credit system rarely read its founding documents in full, the author adds here) ";
      const changed = edit(text, clause, 0, inserted);
      const decoy = clause + inserted.indexOf(phrase);
      const moved = anchor.start + inserted.length;
      expect(Math.abs(decoy - anchor.start)).toBeLessThan(Math.abs(moved - anchor.start));
      expect(reanchor(changed, anchor)).toEqual({ start: moved, end: moved + phrase.length, method: "exact" });
    });

    it("prefers the annotated occurrence, slightly edited, to an exact occurrence elsewhere", () => {
      const anchor = anchorOf(phrase, 4);
      const changed = edit(text, anchor.start, phrase.length, "social-credit system");
      expect(reanchor(changed, anchor)).toEqual({ start: anchor.start, end: anchor.end, method: "fuzzy" });
    });
  });

  describe("Chinese passages", () => {
    it("follows the second 社会信用 (not the first) after an edit before it", () => {
      const anchor = anchorOf("社会信用", 1);
      const changed = edit(text, 100, 0, "（新增）");
      expect(reanchor(changed, anchor)).toEqual({ start: anchor.start + 4, end: anchor.end + 4, method: "exact" });
    });

    it("tells the single character 信 apart from its three other occurrences", () => {
      const anchor = anchorOf("信", 3);
      expect(anchor.suffix.startsWith(", which means ‘credit’")).toBe(true);
      const found = reanchor("Note.\n\n" + text, anchor);
      expect(found).toEqual({ start: anchor.start + 7, end: anchor.end + 7, method: "exact" });
    });

    it("finds a Chinese passage again after a small edit inside it", () => {
      const quote = "the term 社会信用, which is translated to social credit";
      const anchor = anchorOf(quote);
      const changed = edit(text, anchor.start + 9, 4, "社會信用");
      const found = reanchor(changed, anchor);
      expect(found).toEqual({ start: anchor.start, end: anchor.end, method: "fuzzy" });
    });
  });

  describe("edits inside the passage", () => {
    it("finds the passage approximately after a small edit (one word changed)", () => {
      const anchor = anchorOf(claim);
      const changed = edit(text, anchor.start + 4, "primary".length, "main");
      const found = reanchor(changed, anchor);
      expect(found).toMatchObject({ method: "fuzzy", start: anchor.start, end: anchor.end - 3 });
      expect(changed.slice(found!.start, found!.end)).toBe(claim.replace("primary", "main"));
    });

    it("orphans the passage after a large deletion inside it", () => {
      const anchor = anchorOf(claim);
      expect(reanchor(edit(text, anchor.start + 10, 55), anchor)).toBeNull();
    });

    it("orphans the passage when it is deleted, with or without its sentence", () => {
      const anchor = anchorOf(claim);
      expect(reanchor(edit(text, anchor.start, claim.length), anchor)).toBeNull();
      const sentence = anchorOf("Artificial intelligence is increasingly present in our lives.");
      expect(reanchor(edit(text, 0, sentence.end + 1), sentence)).toBeNull();
      expect(reanchor("", sentence)).toBeNull();
    });
  });

  it("never cuts a character in two when matching approximately", () => {
    const sample = `Intro text. The 𠮷野家 chain is mentioned 😀 here once. Outro text follows.`;
    const start = sample.indexOf("The 𠮷");
    const anchor = describeSelection(sample, start, sample.indexOf(" here"));
    const changed = sample.replace("mentioned", "named");
    const found = reanchor(changed, anchor);
    expect(found?.method).toBe("fuzzy");
    expect(LONE_SURROGATE.test(changed.slice(found!.start, found!.end))).toBe(false);
  });

  it("is fast on the 30 KB paper: exact in well under a few ms, fuzzy bounded", () => {
    const time = (run: () => unknown, repeats: number) => {
      run();
      const started = performance.now();
      for (let i = 0; i < repeats; i++) run();
      return (performance.now() - started) / repeats;
    };
    const shifted = "Preface.\n\n" + text;
    const repeated = anchorOf("social credit system", 6);
    expect(time(() => reanchor(shifted, repeated), 200)).toBeLessThan(2);
    const long = describeSelection(text, 2000, 2000 + MAX_QUOTE_LENGTH);
    const edited = edit(text, 4000, 100, "A rewritten sentence.");
    expect(reanchor(edited, long)?.method).toBe("fuzzy");
    expect(time(() => reanchor(edited, long), 3)).toBeLessThan(250);
  });
});
