import { describe, expect, it } from "vitest";
import { distanceFrom } from "@/lib/annotations/anchoring/edit-distance";
import { findApproximateMatches } from "@/lib/annotations/anchoring/find-approximate-matches";

// The bit-parallel algorithms are checked against the textbook dynamic programmes they speed up,
// on seeded random strings over small alphabets (many near-matches, runs longer than 32 rows).

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), row[j] + 1, next[j - 1] + 1);
    row = next;
  }
  return row[b.length];
}

/** Sellers: the fewest edits of `pattern` against a substring of `text` ending at each offset. */
function bestEndingAt(pattern: string, text: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const out = [column[pattern.length]];
  for (const char of text) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) next[i] = Math.min(column[i - 1] + (pattern[i - 1] === char ? 0 : 1), column[i] + 1, next[i - 1] + 1);
    column = next;
    out.push(column[pattern.length]);
  }
  return out;
}

function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  return {
    int: (below: number) => Math.floor(next() * below),
    string: (length: number, alphabet: string) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""),
  };
}

describe("distanceFrom (bit-parallel Levenshtein)", () => {
  it("agrees with the dynamic programme on 2,000 random pairs, within and across 32-character blocks", () => {
    const rng = random(7);
    for (let run = 0; run < 2000; run++) {
      const alphabet = run % 2 ? "ab" : "abcdefg信用";
      const a = rng.string(rng.int(90), alphabet);
      const b = rng.string(rng.int(90), alphabet);
      expect(distanceFrom(a)(b), `${a} / ${b}`).toBe(levenshtein(a, b));
    }
  });
});

describe("findApproximateMatches (Myers' bit-vector search with cut-off)", () => {
  it("reports exactly the local minima within the error bound, each with a start of that many edits", () => {
    const rng = random(11);
    for (let run = 0; run < 600; run++) {
      const alphabet = run % 3 === 0 ? "ab" : "abcdefgh";
      const pattern = rng.string(1 + rng.int(run % 2 ? 110 : 30), alphabet);
      const noise = rng.string(rng.int(300), alphabet);
      const at = rng.int(noise.length + 1);
      const text = noise.slice(0, at) + pattern + noise.slice(at);
      const maxErrors = Math.min(rng.int(Math.ceil(pattern.length * 0.4)), pattern.length - 1);
      const reference = bestEndingAt(pattern, text);
      const found = findApproximateMatches(text, pattern, maxErrors);
      for (const match of found) {
        expect(match.errors).toBe(reference[match.end]);
        expect(levenshtein(pattern, text.slice(match.start, match.end))).toBe(match.errors);
      }
      const minima = reference
        .map((errors, end) => ({ errors, end }))
        .filter(({ errors, end }) => {
          if (end === 0 || errors > maxErrors) return false;
          const before = reference[end - 1];
          const after = reference[end + 1];
          return !(end > 1 && before <= maxErrors && before <= errors) && !(after !== undefined && after <= maxErrors && after < errors);
        })
        .map(({ end }) => end);
      expect(found.map((match) => match.end)).toEqual(minima);
    }
  });

  it("finds nothing when even the best alignment needs more edits than allowed", () => {
    expect(findApproximateMatches("the quick brown fox", "lazy dog", 2)).toEqual([]);
    expect(findApproximateMatches("anything", "", 3)).toEqual([]);
  });
});
