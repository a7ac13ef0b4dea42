import sanitizeHtml from "sanitize-html";
import type { Block, InlineMark, Span } from "./blocks";
import { assertSafeHtml } from "./check-html-safety";
import { decodeEntities } from "./html-entities";

// Structural elements that only separate paragraphs; all become <div> before parsing.
const SEPARATING_TAGS = [
  "section", "article", "main", "header", "footer", "aside", "nav", "li", "dd", "dt", "figure",
  "figcaption", "td", "th", "tr", "pre", "address", "caption", "ul", "ol", "dl", "table", "hr",
];

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

/**
 * Sanitises down to what a paper keeps: headings, paragraphs, block quotes, emphasis and
 * http(s)/mailto links. Elements whose text is not content (style, title ...) go
 * entirely; other unknown elements are unwrapped, keeping their text.
 */
function sanitise(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...HEADINGS, "p", "div", "blockquote", "em", "i", "strong", "b", "a", "br"],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowProtocolRelative: false,
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "template", "svg", "math"],
    transformTags: Object.fromEntries(SEPARATING_TAGS.map((tag) => [tag, "div"])),
  });
}

interface OpenBlock {
  kind: "paragraph" | "heading";
  level: number;
  spans: Span[];
}

/**
 * Reads sanitize-html's output, which is canonical (lowercase tags, double-quoted
 * attributes, only the tags allowed above), so a tag/text tokenizer is enough here.
 */
function toBlocks(clean: string): Block[] {
  const containers: Block[][] = [[]];
  let current: OpenBlock | undefined;
  let bold = 0;
  let italic = 0;
  const links: (string | undefined)[] = [];

  const flush = () => {
    if (current && current.spans.some((span) => span.text.trim() !== "")) {
      const target = containers[containers.length - 1];
      if (current.kind === "heading") target.push({ kind: "heading", level: current.level, spans: current.spans });
      else target.push({ kind: "paragraph", spans: current.spans });
    }
    current = undefined;
  };
  const marks = (): InlineMark[] => {
    const out: InlineMark[] = [];
    const href = links[links.length - 1];
    if (href) out.push({ type: "link", attrs: { href } });
    if (bold > 0) out.push({ type: "bold" });
    if (italic > 0) out.push({ type: "italic" });
    return out;
  };

  for (const token of clean.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, tag, attributes, text] = token;
    if (text !== undefined) {
      if (!current && text.trim() === "") continue;
      current ??= { kind: "paragraph", level: 0, spans: [] };
      current.spans.push({ text: decodeEntities(text), marks: marks() });
      continue;
    }
    const opening = closing === "";
    if (HEADINGS.includes(tag)) {
      flush();
      if (opening) current = { kind: "heading", level: Number(tag[1]), spans: [] };
    } else if (tag === "p" || tag === "div") {
      flush();
    } else if (tag === "blockquote") {
      flush();
      if (opening) containers.push([]);
      else if (containers.length > 1) {
        const children = containers.pop() ?? [];
        if (children.length > 0) containers[containers.length - 1].push({ kind: "blockquote", children });
      }
    } else if (tag === "strong" || tag === "b") {
      bold = Math.max(0, bold + (opening ? 1 : -1));
    } else if (tag === "em" || tag === "i") {
      italic = Math.max(0, italic + (opening ? 1 : -1));
    } else if (tag === "a") {
      if (opening) links.push(decodeEntities(/href="([^"]*)"/.exec(attributes)?.[1] ?? "") || undefined);
      else links.pop();
    } else if (tag === "br" && current) {
      current.spans.push({ text: " ", marks: marks() });
    }
  }
  flush();
  while (containers.length > 1) {
    const children = containers.pop() ?? [];
    if (children.length > 0) containers[containers.length - 1].push({ kind: "blockquote", children });
  }
  return containers[0];
}

/** HTML to blocks. HTML with scripts, event handlers or javascript: URLs is refused. */
export function parseHtml(html: string): Block[] {
  assertSafeHtml(html);
  return toBlocks(sanitise(html));
}
