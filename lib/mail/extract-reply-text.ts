/**
 * The new text of a reply by e-mail: what the member wrote above the quoted message, without
 * their signature. Mail clients mark quotes differently, so this cuts at the first line that
 * starts the quoted part in any of the common forms, then drops a trailing signature.
 */
const QUOTE_HEADERS = [
  /^On .{1,300}wrote:\s*$/iu, // Gmail, Apple Mail, Thunderbird ("On Mon, 1 Dec 2026, Ada <a@b> wrote:")
  /^Le .{1,300}a écrit\s*:?\s*$/iu,
  /^Am .{1,300}schrieb .{0,200}:?\s*$/iu,
  /^El .{1,300}escribió:?\s*$/iu,
  /^-{2,}\s*Original Message\s*-{2,}/iu, // Outlook
  /^-{2,}\s*Forwarded message\s*-{2,}/iu,
  /^_{10,}\s*$/u, // Outlook's rule above the quoted headers
  /^From:\s.+/iu, // a quoted header block (Outlook without a rule)
];

const SIGNATURE_STARTS = [
  /^-- ?$/u, // RFC 3676 signature delimiter
  /^Sent from my /iu,
  /^Get Outlook for /iu,
  /^Envoyé de mon /iu,
];

export function extractReplyText(text: string): string {
  const lines = text.replace(/\r\n?/gu, "\n").split("\n");
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const trimmed = line.trim();
    if (trimmed.startsWith(">")) break;
    // Gmail wraps a long "On … wrote:" over two lines.
    const wrapped = index + 1 < lines.length ? `${trimmed} ${lines[index + 1].trim()}` : "";
    if (QUOTE_HEADERS.some((pattern) => pattern.test(trimmed)) || (/^On\s/u.test(trimmed) && /^On .{1,300}wrote:\s*$/u.test(wrapped))) break;
    if (SIGNATURE_STARTS.some((pattern) => pattern.test(line.trimEnd()))) break;
    kept.push(line);
  }
  return kept.join("\n").replace(/\s+$/u, "").replace(/^\s*\n/u, "").trim();
}
