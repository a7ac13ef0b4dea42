// "Figure 3.", "Fig. 2:", "Table 1", "TABLE I", "Figure 4 –": the label, its number, and
// punctuation or the end of the line after it ("Figure 1 presents…" is running text).
const CAPTION = /^(Figure|Fig\.|FIGURE|FIG\.|Table|TABLE)\s*(\d{1,3}[a-z]?|[IVXLC]{1,6})(?:\s*[.:—–-]|\s*$)/;

/** Whether a line opens a figure or table caption, and which. */
export function captionLabel(text: string): "figure" | "table" | null {
  const match = CAPTION.exec(text.trim());
  if (!match) return null;
  return match[1].toLowerCase() === "table" ? "table" : "figure";
}
