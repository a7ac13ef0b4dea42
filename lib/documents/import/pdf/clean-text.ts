/**
 * Text-level repairs for what PDF fonts emit: characters PostgreSQL cannot store or that
 * carry no text (controls, U+FFFD, private-use glyphs, lone surrogates), and accents that
 * TeX fonts set as separate glyphs beside their letter ("Mouni ´e", "Franc¸ois").
 */

// U+0000–U+001F except tab and newline, DEL, U+FFFD, the private-use area, and surrogates
// not part of a pair (the `u` flag makes a lone surrogate match on its own).
const UNSTORABLE = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd\ue000-\uf8ff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export interface CleanedText {
  text: string;
  /** Characters removed because they were no text (unmapped glyphs, controls). */
  dropped: number;
}

export function cleanText(text: string): CleanedText {
  let dropped = 0;
  const cleaned = text.replace(UNSTORABLE, () => {
    dropped += 1;
    return "";
  });
  return { text: cleaned.replace(/[\t\n\r]/g, " "), dropped };
}

/** Spacing accents as TeX fonts draw them, and the combining mark each stands for. */
const ACCENT_ABOVE: Record<string, string> = {
  "\u00b4": "\u0301", // ´ acute
  "\u02dd": "\u030b", // ˝ double acute
  "\u0060": "\u0300", // ` grave
  "\u02cb": "\u0300",
  "\u00a8": "\u0308", // ¨ diaeresis
  "\u02c6": "\u0302", // ˆ circumflex
  "\u02dc": "\u0303", // ˜ tilde
  "\u02da": "\u030a", // ˚ ring
  "\u02c7": "\u030c", // ˇ caron
  "\u02d8": "\u0306", // ˘ breve
  "\u00af": "\u0304", // ¯ macron
  "\u02d9": "\u0307", // ˙ dot
};
/** Accents set below the letter come after it in the text stream. */
const ACCENT_BELOW: Record<string, string> = {
  "\u00b8": "\u0327", // ¸ cedilla
  "\u02db": "\u0328", // ˛ ogonek
};

const ABOVE_CLASS = Object.keys(ACCENT_ABOVE).join("");
const BELOW_CLASS = Object.keys(ACCENT_BELOW).join("");
// "Mouni ´e", "Gr ´egory": an accent between two lowercase letters belongs to the next one,
// and the space pdf.js put before it (the accent is drawn backwards over the letter) goes.
const ABOVE_INSIDE_WORD = new RegExp(`(\\p{Ll}) ?([${ABOVE_CLASS}]) ?(\\p{L})`, "gu");
// "´Ecole", "M´exico": the accent before a letter.
const ABOVE_BEFORE = new RegExp(`([${ABOVE_CLASS}]) ?(\\p{L})`, "gu");
// A grave accent is also a backquote: only before a vowel does it stand for an accent.
const GRAVE_BEFORE_CONSONANT = /^[`\u02cb]$/;
const BELOW_AFTER = new RegExp(`(\\p{L}) ?([${BELOW_CLASS}]) ?`, "gu");
// A combining mark already in the text, cut off from its letter by a space.
const LOOSE_COMBINING = /(\p{L}) ([\u0300-\u036f])/gu;

function isVowel(letter: string): boolean {
  return /[aeiouyAEIOUY]/.test(letter.normalize("NFD")[0] ?? "");
}

/** Rejoins accents with their letters and composes the result (NFC). */
export function recombineAccents(text: string): string {
  if (!/[\u00b4\u02dd`\u02cb\u00a8\u02c6\u02dc\u02da\u02c7\u02d8\u00af\u02d9\u00b8\u02db\u0300-\u036f]/.test(text)) return text.normalize("NFC");
  let out = text.replace(BELOW_AFTER, (_, letter: string, accent: string) => letter + ACCENT_BELOW[accent]);
  out = out.replace(ABOVE_INSIDE_WORD, (whole, before: string, accent: string, letter: string) => {
    if (GRAVE_BEFORE_CONSONANT.test(accent) && !isVowel(letter)) return whole;
    return before + dotless(letter) + ACCENT_ABOVE[accent];
  });
  out = out.replace(ABOVE_BEFORE, (whole, accent: string, letter: string) => {
    if (GRAVE_BEFORE_CONSONANT.test(accent) && !isVowel(letter)) return whole;
    return dotless(letter) + ACCENT_ABOVE[accent];
  });
  out = out.replace(LOOSE_COMBINING, "$1$2");
  // A dotless ı under an accent is the ordinary i with that accent ("Fı́sica" → "Física").
  out = out.replace(/\u0131(?=[\u0300-\u030c])/g, "i");
  return out.normalize("NFC");
}

function dotless(letter: string): string {
  return letter === "\u0131" ? "i" : letter;
}
