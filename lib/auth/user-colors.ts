// Caret and avatar colours: distinct hues, each readable with white text (WCAG AA on white
// backgrounds for the caret labels).
const PALETTE = ["#b3261e", "#1a6b3c", "#1d4ed8", "#8a3ffc", "#b45309", "#0f766e", "#be185d", "#4d5b00", "#5b21b6", "#0e7490"];

export function colorForEmail(email: string): string {
  let hash = 0;
  for (const char of email) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length];
}
