import type { InlineMark, Span } from "./blocks";

/**
 * reStructuredText inline markup read into marks instead of shown as typed:
 * ``literal``, **strong**, *emphasis*, :role:`text` (":pep:`8`" reads "PEP 8"),
 * `text <url>`_ links, `name`_ references and footnote calls [#label]_ / [2]_.
 */
const INLINE =
  /``([^`]+?)``|\*\*([^*\s](?:[^*]*[^*\s])?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|:([\w-]+):`([^`]+)`|`([^`<]+?)\s*<([^>`]+)>`__?|`([^`]+)`__?|\[(#?[\w-]*|\d+)\]_/g;

const ROLE_PREFIX: Record<string, string> = { pep: "PEP ", rfc: "RFC " };

export function restSpans(text: string, footnotes: Map<string, string>): Span[] {
  const out: Span[] = [];
  let last = 0;
  const push = (value: string, marks: InlineMark[] = []) => {
    if (value !== "") out.push({ text: value, marks });
  };
  for (const match of text.matchAll(INLINE)) {
    const [whole, literal, strong, emphasis, role, roleText, linkText, linkUrl, reference, note] = match;
    const start = match.index ?? 0;
    // Inline markup must not start inside a word ("snake_case*" is not emphasis).
    if (start > 0 && /[\p{L}\d]/u.test(text[start - 1]) && !note) continue;
    push(text.slice(last, start));
    last = start + whole.length;
    if (literal !== undefined) push(literal, [{ type: "code" }]);
    else if (strong !== undefined) push(strong, [{ type: "bold" }]);
    else if (emphasis !== undefined) push(emphasis, [{ type: "italic" }]);
    else if (role !== undefined) {
      const explicit = /^(.*?)\s*<([^>]+)>$/.exec(roleText);
      if (explicit) push(explicit[1]);
      else push(`${ROLE_PREFIX[role] ?? ""}${roleText}`, role === "code" || role === "literal" ? [{ type: "code" }] : []);
    } else if (linkText !== undefined) {
      const href = linkUrl.trim();
      push(linkText, /^(?:https?:|mailto:)/i.test(href) ? [{ type: "link", attrs: { href } }] : []);
    } else if (reference !== undefined) push(reference);
    else if (note !== undefined) {
      const label = footnotes.get(note);
      if (label) push(label, [{ type: "footnoteRef", attrs: { id: `fn-${label}` } }]);
      else push(`[${note}]`);
    }
  }
  push(text.slice(last));
  return out;
}
