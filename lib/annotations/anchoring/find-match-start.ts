import { advanceBlock } from "./advance-block";
import type { BitPattern } from "./bit-pattern";

/**
 * Where the best alignment of a pattern that ends at `end` starts: the reversed pattern is
 * aligned globally against the text read backwards from `end` (down to `limit`), and the
 * column with the fewest edits wins; on a tie, the span nearest the pattern's length (a
 * replaced character rather than a dropped one).
 */
export function findMatchStart(text: string, reversed: BitPattern, end: number, limit: number): { start: number; errors: number } {
  const state = { plus: new Int32Array(reversed.blocks).fill(-1), minus: new Int32Array(reversed.blocks) };
  let errors = reversed.length;
  let best = { start: end, errors };
  for (let j = end - 1; j >= limit; j--) {
    const masks = reversed.masks(text.charCodeAt(j));
    let carry = 1;
    for (let block = 0; block < reversed.blocks; block++) carry = advanceBlock(state, block, masks[block], carry, reversed.lastRowBit(block));
    errors += carry;
    const closer = Math.abs(end - j - reversed.length) < Math.abs(end - best.start - reversed.length);
    if (errors < best.errors || (errors === best.errors && closer)) best = { start: j, errors };
  }
  return best;
}
