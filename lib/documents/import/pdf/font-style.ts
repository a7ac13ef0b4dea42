import type { FontStyle } from "./types";

// Font names as PDF producers write them: "TACTGM+NimbusRomNo9L-Medi", "TimesNewRoman,Bold",
// "LMRoman10-Regular", "CMBX12". The subset prefix ("ABCDEF+") is not part of the name.
const BOLD = /bold|black|heavy|semibold|demi|-medi|\bmedi(um)?\b|^cmbx|^cmb\d|^cmbsy|^lmroman\d+-bold|bd$/i;
const ITALIC = /italic|oblique|ital\b|-ital|^cmti|^cmsl|^cmmi|slant|-it$/i;
const MONOSPACE = /mono|courier|^cmtt|^cmitt|typewriter|consol|menlo|inconsolata|^sfrm.*tt/i;
const MATH = /^(cmmi|cmsy|cmex|cmbsy|cmmib|msam|msbm|pazomath|standardsym|symbol|rsfs|eufm|eurm|euex|lmmath|stix.*math|cambria ?math|mtsy|mtex|rmtmi)/i;

export function baseFontName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, "");
}

/**
 * The style of a font from its PostScript name, with the descriptor's flags where pdf.js
 * read them (`bold`, `italic`) and pdf.js's fallback family ("monospace" for fixed-pitch
 * fonts) for fonts whose names say nothing (dvips subsets named "Fa", "Fb"…).
 */
export function fontStyle(name: string, flags: { bold?: boolean; italic?: boolean; family?: string } = {}): FontStyle {
  const base = baseFontName(name);
  return {
    bold: flags.bold === true || BOLD.test(base),
    italic: flags.italic === true || ITALIC.test(base),
    monospace: flags.family === "monospace" || MONOSPACE.test(base),
    math: MATH.test(base),
  };
}
