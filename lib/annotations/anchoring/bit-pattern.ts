/** Rows of the edit-distance matrix held in one 32-bit word (Myers' bit-vector algorithm). */
export const WORD = 32;

/**
 * A pattern prepared for Myers' bit-vector algorithm: for each character, one bit per pattern
 * position that holds it, in blocks of 32 positions; and the bit of each block's last row.
 */
export interface BitPattern {
  length: number;
  blocks: number;
  masks(code: number): Int32Array;
  lastRowBit(block: number): number;
}

export function compileBitPattern(pattern: string): BitPattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / WORD));
  const byCode = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let masks = byCode.get(code);
    if (!masks) byCode.set(code, (masks = new Int32Array(blocks)));
    masks[Math.floor(i / WORD)] |= 1 << i % WORD;
  }
  const none = new Int32Array(blocks);
  const lastBit = 1 << (pattern.length - 1) % WORD;
  return {
    length: pattern.length,
    blocks,
    masks: (code) => byCode.get(code) ?? none,
    lastRowBit: (block) => (block === blocks - 1 ? lastBit : 1 << (WORD - 1)),
  };
}
