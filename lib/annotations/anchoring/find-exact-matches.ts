/** Start offsets of every occurrence of `quote` in `text`, overlapping ones included. */
export function findExactMatches(text: string, quote: string): number[] {
  const starts: number[] = [];
  if (quote.length === 0) return starts;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}
