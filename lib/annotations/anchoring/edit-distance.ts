import { advanceBlock } from "./advance-block";
import { compileBitPattern } from "./bit-pattern";

/**
 * Levenshtein distance from `a` (UTF-16 code units), bit-parallel: `a` is prepared once, and
 * each comparison costs |b|·⌈|a|/32⌉ word operations (32 steps for two 32-character contexts).
 */
export function distanceFrom(a: string): (b: string) => number {
  const pattern = compileBitPattern(a);
  return (b) => {
    if (a === b) return 0;
    if (a.length === 0) return b.length;
    const state = { plus: new Int32Array(pattern.blocks).fill(-1), minus: new Int32Array(pattern.blocks) };
    let distance = a.length;
    for (let j = 0; j < b.length; j++) {
      const masks = pattern.masks(b.charCodeAt(j));
      // Row 0 of a global alignment grows by one per character of b.
      let carry = 1;
      for (let block = 0; block < pattern.blocks; block++) carry = advanceBlock(state, block, masks[block], carry, pattern.lastRowBit(block));
      distance += carry;
    }
    return distance;
  };
}
