import { advanceBlock } from "./advance-block";
import { compileBitPattern, WORD } from "./bit-pattern";
import { findMatchStart } from "./find-match-start";
import type { TextRange } from "./types";

export interface ApproximateMatch extends TextRange {
  /** Edit distance between the pattern and text.slice(start, end). */
  errors: number;
}

function reverse(value: string): string {
  let out = "";
  for (let i = value.length - 1; i >= 0; i--) out += value[i];
  return out;
}

/**
 * Every place where `pattern` occurs in `text` with at most `maxErrors` edits. Myers' bit-vector
 * search with his block cut-off: only the blocks of 32 pattern rows that can still stay within
 * `maxErrors` are advanced, so the cost is about text.length × ⌈maxErrors/32⌉ word operations.
 * Of each run of neighbouring ends around one passage only the local minima of errors are
 * kept; each one's start comes from a backward alignment (find-match-start.ts).
 */
export function findApproximateMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  // Deleting the whole pattern always "matches": at least one character must remain.
  const k = Math.min(Math.floor(maxErrors), m - 1);
  if (m === 0 || k < 0) return [];
  const bits = compileBitPattern(pattern);
  const lastBlock = bits.blocks - 1;
  const state = { plus: new Int32Array(bits.blocks).fill(-1), minus: new Int32Array(bits.blocks) };
  // score[b]: the edit distance at block b's last row, in the current column.
  const score = new Int32Array(bits.blocks);
  for (let b = 0; b < bits.blocks; b++) score[b] = Math.min((b + 1) * WORD, m);
  let active = Math.max(0, Math.ceil(k / WORD) - 1);
  const ends: { end: number; errors: number }[] = [];

  for (let j = 0; j < text.length; j++) {
    const masks = bits.masks(text.charCodeAt(j));
    let carry = 0;
    for (let b = 0; b <= active; b++) {
      carry = advanceBlock(state, b, masks[b], carry, bits.lastRowBit(b));
      score[b] += carry;
    }
    if (active < lastBlock && score[active] - carry <= k && ((masks[active + 1] & 1) !== 0 || carry < 0)) {
      // The next block may now hold rows within k: start it from the previous column's values.
      const previousBottom = score[active] - carry;
      active += 1;
      state.plus[active] = -1;
      state.minus[active] = 0;
      score[active] = previousBottom + Math.min(WORD, m - active * WORD);
      score[active] += advanceBlock(state, active, masks[active], carry, bits.lastRowBit(active));
    } else {
      while (active > 0 && score[active] >= k + WORD) active -= 1;
    }
    if (active === lastBlock && score[lastBlock] <= k) ends.push({ end: j + 1, errors: score[lastBlock] });
  }

  const reversed = compileBitPattern(reverse(pattern));
  return ends
    .filter((here, index) => {
      const before = ends[index - 1];
      const after = ends[index + 1];
      if (before && before.end === here.end - 1 && before.errors <= here.errors) return false;
      return !(after && after.end === here.end + 1 && after.errors < here.errors);
    })
    .map(({ end }) => {
      const { start, errors } = findMatchStart(text, reversed, end, Math.max(0, end - m - k));
      return { start, end, errors };
    });
}
