/** Escapes text for XML content and attribute values (SVG is built as a string, never from user markup). */
export function xml(text: string | number): string {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Characters XML 1.0 forbids (control characters) would make the file unreadable.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

/** Rounds coordinates so the files stay small and deterministic. */
export const n = (value: number) => String(Math.round(value * 10) / 10);

/** Cuts a label to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

/**
 * A standalone, accessible SVG document: role img, a <title> and <desc> referenced by
 * aria-labelledby, the given font stack. `id` prefixes every internal id so several pictures
 * can share one HTML page.
 */
export function svgDocument(options: { id: string; width: number; height: number; title: string; desc: string; body: string; defs?: string }): string {
  const { id, width, height, title, desc, body, defs } = options;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">` +
    `<title id="${id}-title">${xml(title)}</title><desc id="${id}-desc">${xml(desc)}</desc>` +
    (defs ? `<defs>${defs}</defs>` : "") +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    body +
    `</svg>`
  );
}

/** An SVG as a data URI (for Markdown images). */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}
