/**
 * CSV per RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, records end
 * in CRLF. Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula: such a
 * cell is prefixed with an apostrophe so an exported reason can never execute (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

export const CSV_COLUMNS = ["kind", "id", "section", "quote_or_parent", "text", "stance_or_status", "supported", "contested", "rating_mean", "rating_count", "author_label", "link"] as const;
