/** One block's vertical deltas: bit r of `plus` / `minus` set when row r is one more / less than the row above. */
export interface BlockState {
  plus: Int32Array;
  minus: Int32Array;
}

/**
 * Advances block `block` by one text character (Myers 1999, as explained by Hyyrö 2001): `equal`
 * has a bit for each pattern row equal to the character, `carryIn` is the horizontal delta
 * (-1, 0, +1) entering the block's top row. Returns the horizontal delta at its last row
 * (`lastRowBit`), so the score there can be kept up to date and carried into the next block.
 */
export function advanceBlock(state: BlockState, block: number, equal: number, carryIn: number, lastRowBit: number): number {
  const plusV = state.plus[block];
  const minusV = state.minus[block];
  const crossV = equal | minusV;
  const eq = carryIn < 0 ? equal | 1 : equal;
  const crossH = ((((eq & plusV) + plusV) | 0) ^ plusV) | eq;
  let plusH = minusV | ~(crossH | plusV);
  let minusH = plusV & crossH;
  const carryOut = (plusH & lastRowBit) !== 0 ? 1 : (minusH & lastRowBit) !== 0 ? -1 : 0;
  plusH <<= 1;
  minusH <<= 1;
  if (carryIn < 0) minusH |= 1;
  else if (carryIn > 0) plusH |= 1;
  state.plus[block] = minusH | ~(crossV | plusH);
  state.minus[block] = plusH & crossV;
  return carryOut;
}
