import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Bodies are stored exactly as written and rendered here: Markdown to HTML, then sanitised to
 * a small allow-list, so script, event handlers, javascript: URLs and raw HTML stay inert.
 */
const ALLOWED = {
  allowedTags: ["p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4", "hr"],
  allowedAttributes: { a: ["href", "title", "rel", "target"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape" as const,
  transformTags: {
    a: (tagName: string, attribs: Record<string, string>) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer nofollow ugc", target: "_blank" } }),
    h1: "h3",
    h2: "h3",
  },
};

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: true }) as string;
  return sanitizeHtml(html, ALLOWED);
}
