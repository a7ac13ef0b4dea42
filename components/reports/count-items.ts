/**
 * Counts the items of an export as its text arrives, for the progress bar: CSV records (line
 * ends outside quoted cells, less the header row), W3C annotations (one per line after the
 * opening line). JSON and Markdown are counted in bytes by the caller.
 */
export function itemCounter(format: "csv" | "w3c") {
  let inQuotes = false;
  let lines = 0;
  return (text: string): number => {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (format === "csv" && ch === 34) inQuotes = !inQuotes;
      else if (ch === 10 && !inQuotes) lines++;
    }
    return Math.max(0, lines - 1);
  };
}
