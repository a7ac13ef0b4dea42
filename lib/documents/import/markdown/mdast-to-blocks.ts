import type { Image, ImageReference, Nodes, PhrasingContent, Root, RootContent } from "mdast";
import type {} from "mdast-util-frontmatter";
import type {} from "mdast-util-math";
import {
  type Block,
  type FootnoteBlock,
  forEachTextBlock,
  type InlineMark,
  type ListItemBlock,
  type ReferenceBlock,
  type Span,
  spansText,
  type TableRowBlock,
} from "../blocks";
import { isScriptUrl, type RemovedActiveContent, stripActiveContent } from "../check-html-safety";
import { htmlFragmentToBlocks } from "../parse-html";
import { CrossReferences, startsWithAttributes, stripLeadingAttributes, withoutAttributes } from "./pandoc-text";

const REFERENCES_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(references|bibliography|works cited|literature( cited)?)$/i;
const ANCHOR = /^<a\s+(?:name|id)\s*=\s*["']([^"']+)["'][^>]*>\s*(?:<\/a>)?$/i;
const SKIPPED_INLINE_TAGS = /^<(script|style|noscript|template|textarea|title)\b/i;

function normalisedLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Which links keep their link mark: web and mail links, and in-document anchors. */
function keptHref(url: string): string | undefined {
  const href = url.trim();
  return /^(?:https?:|mailto:|#.)/i.test(href) ? href : undefined;
}

/**
 * mdast (remark-parse + GFM + front matter + math) to blocks. Raw HTML goes through the
 * HTML reader (sanitised, counted); inline HTML tags are dropped and their text kept.
 */
export class MarkdownReader {
  private readonly definitions = new Map<string, string>();
  private readonly footnotes: FootnoteBlock[] = [];
  private readonly references = new CrossReferences();
  private skippingInline = 0;

  constructor(
    tree: Root,
    private readonly removed: RemovedActiveContent,
  ) {
    this.prepare(tree);
  }

  private prepare(node: Nodes): void {
    if (node.type === "definition") this.definitions.set(normalisedLabel(node.identifier), node.url);
    if (node.type === "text" || node.type === "html") this.references.collect(node.value);
    if ("children" in node) for (const child of node.children) this.prepare(child as Nodes);
  }

  /** The body, with the footnotes collected in one section at its end. */
  read(nodes: RootContent[]): Block[] {
    const body = this.blocks(nodes);
    return this.footnotes.length > 0 ? [...body, { kind: "footnotes", children: this.footnotes }] : body;
  }

  blocks(nodes: RootContent[]): Block[] {
    const out: Block[] = [];
    let inReferences = false;
    for (const node of nodes) {
      if (node.type === "heading") inReferences = REFERENCES_HEADING.test(withoutAttributes(this.plain(node.children)).trim());
      const blocks = inReferences ? (this.referenceEntry(node, out) ?? this.block(node)) : this.block(node);
      out.push(...blocks);
    }
    return out;
  }

  /**
   * Entries of a reference list the Markdown marks up: a list under a "References"
   * heading, or paragraphs that each open with an anchor ("<a name="wilson2014"></a>").
   */
  private referenceEntry(node: RootContent, before: Block[]): Block[] | undefined {
    const entries = (() => {
      if (node.type === "list") return node.children.map((item) => this.spansOfBlocks(this.blocks(item.children)));
      if (node.type === "paragraph" && node.children[0]?.type === "html" && ANCHOR.test(node.children[0].value)) {
        return [this.spans(node.children.slice(1))];
      }
      return undefined;
    })();
    if (!entries) return undefined;
    const list = before[before.length - 1]?.kind === "references" ? (before.pop() as { kind: "references"; children: ReferenceBlock[] }) : undefined;
    const children = list?.children ?? [];
    for (const spans of entries) {
      const number = children.length + 1;
      const visible = /^\s*(\[[^\]\n]{1,40}\]|\d{1,3}\.)\s*:?\s*/.exec(spans[0]?.text ?? "");
      if (visible) spans[0] = { ...spans[0], text: spans[0].text.slice(visible[0].length) };
      children.push({ kind: "reference", key: `ref-${number}`, ...(visible ? { label: visible[1] } : {}), spans });
    }
    return [{ kind: "references", children }];
  }

  private spansOfBlocks(blocks: Block[]): Span[] {
    const spans: Span[] = [];
    forEachTextBlock(blocks, (block) => {
      if (spans.length > 0) spans.push({ text: " ", marks: [] });
      spans.push(...block.spans);
    });
    return spans;
  }

  private block(node: RootContent): Block[] {
    switch (node.type) {
      case "heading": {
        const spans = this.spans(node.children);
        const last = spans[spans.length - 1];
        if (last) last.text = withoutAttributes(last.text);
        return [{ kind: "heading", level: node.depth, spans }];
      }
      case "paragraph":
        return this.paragraph(node.children);
      case "blockquote":
        return [{ kind: "blockquote", children: this.blocks(node.children) }];
      case "list": {
        const children: ListItemBlock[] = node.children.map((item) => {
          const blocks = this.blocks(item.children);
          const first = blocks[0];
          if (typeof item.checked === "boolean" && first && "spans" in first) {
            first.spans = [{ text: item.checked ? "[x] " : "[ ] ", marks: [] }, ...first.spans];
          }
          return { kind: "listItem", children: blocks };
        });
        const start = node.ordered && typeof node.start === "number" && node.start !== 1 ? { start: node.start } : {};
        return [{ kind: "list", ordered: node.ordered === true, ...start, children }];
      }
      case "code":
        return [{ kind: "code", ...(node.lang ? { language: node.lang.replace(/^\{?\.?/, "").replace(/[\s}].*$/, "") } : {}), spans: [{ text: node.value, marks: [] }] }];
      case "math":
        return [{ kind: "math", spans: [{ text: node.value, marks: [] }] }];
      case "table": {
        const rows: TableRowBlock[] = node.children.map((row, index) => ({
          kind: "tableRow",
          children: row.children.map((cell) => ({ kind: "tableCell", header: index === 0, children: [{ kind: "paragraph", spans: this.spans(cell.children) }] })),
        }));
        return [{ kind: "table", children: rows }];
      }
      case "html":
        return this.html(node.value);
      case "footnoteDefinition": {
        const label = node.label ?? node.identifier;
        this.footnotes.push({ kind: "footnote", id: `fn-${label}`, label, children: this.blocks(node.children) });
        return [];
      }
      default:
        return []; // front matter (read apart), definitions, thematic breaks
    }
  }

  private html(value: string): Block[] {
    const { blocks } = htmlFragmentToBlocks(value, this.removed);
    forEachTextBlock(blocks, (block) => {
      if (block.kind === "caption") block.spans = this.captionSpans(block.spans);
      block.spans = block.spans.map((span) => ({ ...span, text: this.references.resolve(span.text) }));
    });
    return blocks;
  }

  /**
   * A paragraph that is only images (and a repeat of their alt text, as 07's "_Fig. 1. …_"
   * under each figure) is the figure's caption; pandoc's "Table: …" line is a table's.
   */
  private paragraph(children: PhrasingContent[]): Block[] {
    const images = children.filter((child): child is Image | ImageReference => child.type === "image" || child.type === "imageReference");
    if (images.length > 0) {
      const alts = images.map((image) => ("alt" in image && image.alt ? image.alt.replace(/\s+/g, " ").trim() : "")).filter(Boolean);
      const rest = this.plain(children.filter((child) => child.type !== "image" && child.type !== "imageReference")).replace(/\s+/g, " ").trim();
      const same = (a: string) => a.replace(/[\s.:]+$/, "").toLowerCase() === rest.replace(/[\s.:]+$/, "").toLowerCase();
      if (rest === "" || alts.some(same)) {
        return alts.map((alt) => ({ kind: "caption", label: /^table\b/i.test(alt) ? "table" : "figure", spans: this.captionSpans([{ text: alt, marks: [] }]) }));
      }
    }
    const spans = this.spans(children);
    const text = spansText(spans);
    if (/^Table:\s/.test(text)) {
      spans[0] = { ...spans[0], text: spans[0].text.replace(/^Table:\s*/, "") };
      return [{ kind: "caption", label: "table", spans: this.captionSpans(spans) }];
    }
    return spans.length > 0 ? [{ kind: "paragraph", spans }] : [];
  }

  /** "(#tab:events)Conferences…" → "Table 1: Conferences…", as bookdown numbers it. */
  private captionSpans(spans: Span[]): Span[] {
    const index = spans.findIndex((span) => span.text.trim() !== "");
    if (index < 0) return spans;
    const first = spans[index];
    return [...spans.slice(0, index), { ...first, text: this.references.caption(first.text) }, ...spans.slice(index + 1)];
  }

  private plain(children: PhrasingContent[]): string {
    return spansText(this.spans(children));
  }

  spans(children: PhrasingContent[], marks: InlineMark[] = []): Span[] {
    const out: Span[] = [];
    this.inline(children, marks, out);
    return out;
  }

  private inline(children: PhrasingContent[], marks: InlineMark[], out: Span[]): void {
    let afterLink = false;
    for (const node of children) {
      const wasAfterLink = afterLink;
      afterLink = false;
      if (this.skippingInline > 0 && node.type !== "html") continue;
      switch (node.type) {
        case "text": {
          let text = this.references.resolve(node.value);
          if (wasAfterLink && startsWithAttributes(text)) text = stripLeadingAttributes(text);
          out.push({ text, marks });
          break;
        }
        case "emphasis":
          this.inline(node.children, [...marks, { type: "italic" }], out);
          break;
        case "strong":
          this.inline(node.children, [...marks, { type: "bold" }], out);
          break;
        case "delete":
          this.inline(node.children, marks, out);
          break;
        case "inlineCode":
          out.push({ text: node.value, marks: [...marks, { type: "code" }] });
          break;
        case "break":
          out.push({ text: " ", marks });
          break;
        case "link":
        case "linkReference": {
          const url = node.type === "link" ? node.url : this.definitions.get(normalisedLabel(node.identifier));
          if (url !== undefined && isScriptUrl(url)) this.removed.urls += 1;
          const href = url !== undefined && !isScriptUrl(url) ? keptHref(url) : undefined;
          this.inline(node.children, href ? [...marks, { type: "link", attrs: { href } }] : marks, out);
          afterLink = true;
          break;
        }
        case "image":
        case "imageReference":
          afterLink = true; // an inline image is decoration; its attributes "{width=50%}" go too
          break;
        case "footnoteReference": {
          const label = node.label ?? node.identifier;
          out.push({ text: label, marks: [...marks, { type: "footnoteRef", attrs: { id: `fn-${label}` } }] });
          break;
        }
        case "inlineMath":
          // "$5 and $10" is prose, not math: pandoc's rule (no space inside the dollars).
          if (/^\s|\s$/.test(node.value) || node.value === "") out.push({ text: `$${node.value}$`, marks });
          else out.push({ text: node.value, marks: [...marks, { type: "math" }] });
          break;
        case "html":
          this.inlineHtml(node.value, marks, out);
          break;
        default: {
          const other = node as { children?: PhrasingContent[]; value?: unknown };
          if (other.children) this.inline(other.children, marks, out);
          else if (typeof other.value === "string") out.push({ text: other.value, marks });
        }
      }
    }
  }

  /** Inline tags are dropped (their text stays); script-like elements go with their text. */
  private inlineHtml(value: string, marks: InlineMark[], out: Span[]): void {
    const counted = stripActiveContent(value);
    this.removed.handlers += counted.removed.handlers;
    this.removed.urls += counted.removed.urls;
    if (SKIPPED_INLINE_TAGS.test(value)) {
      if (/^<script\b/i.test(value)) this.removed.scripts += 1;
      if (!/<\/\w+\s*>\s*$/.test(value)) this.skippingInline += 1;
      return;
    }
    if (/^<\/(script|style|noscript|template|textarea|title)\s*>/i.test(value)) {
      this.skippingInline = Math.max(0, this.skippingInline - 1);
      return;
    }
    if (/^<br\b/i.test(value)) out.push({ text: " ", marks });
  }
}
