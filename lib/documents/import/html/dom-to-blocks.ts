import type { Block, FootnoteBlock, InlineMark, ListItemBlock, ReferenceBlock, Span, TableCellBlock, TableRowBlock } from "../blocks";
import { findNoteLists, type NoteLists } from "./find-notes";
import { mathText } from "./math-text";

// Elements whose content is never part of the paper.
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "head", "title", "meta", "link", "base", "iframe", "object", "embed",
  "svg", "canvas", "button", "input", "select", "textarea", "option", "nav", "audio", "video", "source", "track",
  "map", "area", "frame", "frameset",
]);

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "caption", "tbody", "thead", "tfoot", "tr",
  "td", "th", "ul", "menu",
]);

const REFERENCES_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(references|bibliography|works cited|literature( cited)?|sources)$/i;

export interface DomBlocks {
  blocks: Block[];
  /** Elements the document marked as its title (DOCX "Title" style), not repeated in the body. */
  title?: string;
}

const tagOf = (node: Element) => node.localName.toLowerCase();
const classesOf = (node: Element) => (node.getAttribute("class") ?? "").toLowerCase().split(/\s+/);

function isDisplayMath(node: Element): boolean {
  return (tagOf(node) === "math" && node.getAttribute("display") === "block") || (node.getAttribute("data-math") === "block");
}

function isInlineMath(node: Element): boolean {
  return tagOf(node) === "math" || node.getAttribute("data-math") === "inline";
}

function captionLabel(text: string, hasTable: boolean): "figure" | "table" {
  return hasTable || /^\s*table\b/i.test(text) ? "table" : "figure";
}

/**
 * Reads an (already sanitised) HTML tree into blocks: headings, paragraphs, lists, tables,
 * block quotes, code, figures and their captions, math as TeX, footnotes and marked-up
 * reference lists. Only text, marks and http(s)/mailto/#anchor links come out, so nothing
 * active can pass through whatever the input.
 */
class DomReader {
  private readonly notes: NoteLists;
  private readonly footnotes: FootnoteBlock[] = [];
  title?: string;

  constructor(root: Element) {
    this.notes = findNoteLists(root);
  }

  read(root: Element): Block[] {
    const body = this.blocksOf(root);
    return this.footnotes.length > 0 ? [...body, { kind: "footnotes", children: this.footnotes }] : body;
  }

  private blocksOf(parent: Element): Block[] {
    const out: Block[] = [];
    let pending: Span[] = [];
    const flush = () => {
      if (pending.some((span) => span.text.trim() !== "")) out.push(paragraphOrFormula(pending));
      pending = [];
    };
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === 3) {
        pending.push({ text: (child as Text).data, marks: [] });
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = tagOf(element);
      if (SKIPPED.has(tag)) continue;
      if (BLOCK.has(tag) || isDisplayMath(element)) {
        flush();
        out.push(...this.block(element, out));
      } else {
        this.inline(element, [], pending);
      }
    }
    flush();
    return out;
  }

  private block(element: Element, before: Block[]): Block[] {
    const tag = tagOf(element);
    if (isDisplayMath(element)) return [{ kind: "math", spans: [{ text: mathText(element), marks: [] }] }];
    if (/^h[1-6]$/.test(tag)) {
      const spans = this.spans(element);
      const last = spans[spans.length - 1];
      // Wiki "[edit]" links that survived as text.
      if (last) last.text = last.text.replace(/\s*\[\s*edit\s*\]\s*$/i, "");
      if (classesOf(element).includes("doc-title")) {
        const text = spansToText(spans);
        if (text) this.title = this.title ? `${this.title}: ${text}` : text;
        return [];
      }
      return [{ kind: "heading", level: Number(tag[1]), spans }];
    }
    if (tag === "p") {
      const spans = this.spans(element);
      if (classesOf(element).includes("caption")) return [this.caption(spans, false)];
      return [paragraphOrFormula(spans)];
    }
    if (tag === "blockquote") return [{ kind: "blockquote", children: this.blocksOf(element) }];
    if (tag === "ul" || tag === "ol" || tag === "menu") return this.list(element, before);
    if (tag === "dl") return this.definitions(element);
    if (tag === "pre") return [this.code(element)];
    if (tag === "table") return this.table(element);
    if (tag === "figure") return this.figure(element);
    if (tag === "figcaption" || tag === "caption") return [this.caption(this.spans(element), false)];
    if (tag === "hr") return [];
    return this.blocksOf(element);
  }

  private caption(spans: Span[], hasTable: boolean): Block {
    return { kind: "caption", label: captionLabel(spansToText(spans), hasTable), spans };
  }

  private list(element: Element, before: Block[]): Block[] {
    const items = Array.from(element.children).filter((child) => tagOf(child) === "li");
    if (items.length > 0 && items.every((item) => this.notes.footnotes.has(item))) {
      for (const item of items) this.footnotes.push(this.footnote(item));
      return [];
    }
    const previous = before[before.length - 1];
    const underReferences = previous?.kind === "heading" && REFERENCES_HEADING.test(spansToText(previous.spans));
    if (items.length > 0 && (this.notes.referenceLists.has(element) || underReferences)) return [this.references(element, items)];
    const ordered = tagOf(element) === "ol";
    const start = Number(element.getAttribute("start") ?? "1");
    const children: ListItemBlock[] = items.map((item) => ({ kind: "listItem", children: this.blocksOf(item) }));
    return [{ kind: "list", ordered, ...(ordered && Number.isInteger(start) && start !== 1 ? { start } : {}), children }];
  }

  private references(element: Element, items: Element[]): Block {
    const ordered = tagOf(element) === "ol";
    const start = Number(element.getAttribute("start") ?? "1") || 1;
    const children: ReferenceBlock[] = items.map((item, index) => ({
      kind: "reference",
      key: `ref-${index + 1}`,
      ...(ordered ? { label: `${start + index}.` } : {}),
      spans: this.spans(item),
    }));
    return { kind: "references", children };
  }

  private footnote(item: Element): FootnoteBlock {
    const label = this.notes.footnotes.get(item) ?? "";
    return { kind: "footnote", id: `fn-${label}`, label, children: this.blocksOf(item) };
  }

  private definitions(element: Element): Block[] {
    const out: Block[] = [];
    for (const child of Array.from(element.children)) {
      if (tagOf(child) === "dt") out.push({ kind: "paragraph", spans: this.spans(child, [{ type: "bold" }]) });
      else if (tagOf(child) === "dd") out.push(...this.blocksOf(child));
    }
    return out;
  }

  private code(element: Element): Block {
    const languageOwner = element.querySelector("code[class*=language-]") ?? element;
    const language = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(languageOwner.getAttribute("class") ?? "")?.[1];
    const text = preText(element).replace(/^\n/, "").replace(/\n\s*$/, "");
    return { kind: "code", ...(language ? { language } : {}), spans: [{ text, marks: [] }] };
  }

  private table(element: Element): Block[] {
    const out: Block[] = [];
    const caption = Array.from(element.children).find((child) => tagOf(child) === "caption");
    if (caption) out.push(this.caption(this.spans(caption), true));
    const rows: TableRowBlock[] = [];
    const collect = (parent: Element, header: boolean) => {
      for (const child of Array.from(parent.children)) {
        const tag = tagOf(child);
        if (tag === "tr") rows.push(this.row(child, header));
        else if (tag === "thead") collect(child, true);
        else if (tag === "tbody" || tag === "tfoot") collect(child, false);
      }
    };
    collect(element, false);
    if (rows.length > 0) out.push({ kind: "table", children: rows });
    return out;
  }

  private row(element: Element, header: boolean): TableRowBlock {
    const cells: TableCellBlock[] = Array.from(element.children)
      .filter((cell) => tagOf(cell) === "td" || tagOf(cell) === "th")
      .map((cell) => ({ kind: "tableCell", header: header || tagOf(cell) === "th", children: this.blocksOf(cell) }));
    return { kind: "tableRow", children: cells };
  }

  private figure(element: Element): Block[] {
    const hasTable = element.querySelector("table") !== null;
    const out: Block[] = [];
    let captioned = false;
    for (const block of this.blocksOf(element)) {
      if (block.kind === "caption") {
        captioned = true;
        out.push({ ...block, label: captionLabel(spansToText(block.spans), hasTable) });
      } else out.push(block);
    }
    const alt = element.querySelector("img[alt]")?.getAttribute("alt")?.trim();
    if (!captioned && alt) out.push({ kind: "caption", label: "figure", spans: [{ text: alt, marks: [] }] });
    return out;
  }

  private spans(element: Element, marks: InlineMark[] = []): Span[] {
    const out: Span[] = [];
    for (const child of Array.from(element.childNodes)) this.inline(child, marks, out);
    return out;
  }

  private inline(node: Node, marks: InlineMark[], out: Span[]): void {
    if (node.nodeType === 3) {
      out.push({ text: (node as Text).data, marks });
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = tagOf(element);
    if (SKIPPED.has(tag) || tag === "img") return;
    if (isInlineMath(element) || isDisplayMath(element)) {
      out.push({ text: mathText(element), marks: [...marks, { type: "math" }] });
      return;
    }
    if (tag === "br") {
      out.push({ text: " ", marks });
      return;
    }
    if (tag === "a") {
      const href = (element.getAttribute("href") ?? "").trim();
      const note = href.startsWith("#") ? this.notes.calls.get(element) : undefined;
      if (note !== undefined) {
        out.push({ text: note, marks: [...marks, { type: "footnoteRef", attrs: { id: `fn-${note}` } }] });
        return;
      }
      if (this.notes.backLinks.has(element)) return;
      const link: InlineMark[] = /^(?:https?:|mailto:|#.)/i.test(href) ? [{ type: "link", attrs: { href } }] : [];
      for (const child of Array.from(element.childNodes)) this.inline(child, [...marks, ...link], out);
      return;
    }
    let added: InlineMark[] = [];
    if (tag === "strong" || tag === "b") added = [{ type: "bold" }];
    else if (tag === "em" || tag === "i" || tag === "cite" || tag === "var") added = [{ type: "italic" }];
    else if (tag === "code" || tag === "kbd" || tag === "samp" || tag === "tt") added = [{ type: "code" }];
    const inner = added.length > 0 && !marks.some((mark) => mark.type === added[0].type) ? [...marks, ...added] : marks;
    const blockInInline = BLOCK.has(tag);
    if (blockInInline) out.push({ text: " ", marks });
    for (const child of Array.from(element.childNodes)) this.inline(child, inner, out);
    if (blockInInline) out.push({ text: " ", marks });
  }
}

/** A paragraph that holds one formula and nothing else is display math (wikis indent it in a <dd>). */
function paragraphOrFormula(spans: Span[]): Block {
  const visible = spans.filter((span) => span.text.trim() !== "");
  if (visible.length === 1 && visible[0].marks.some((mark) => mark.type === "math")) {
    return { kind: "math", spans: [{ text: visible[0].text.trim(), marks: [] }] };
  }
  return { kind: "paragraph", spans };
}

function spansToText(spans: Span[]): string {
  return spans.map((span) => span.text).join("").replace(/\s+/g, " ").trim();
}

/** A <pre>'s text with its line breaks (<br> included), as the author laid it out. */
function preText(element: Element): string {
  let text = "";
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1) {
      const tag = tagOf(child as Element);
      if (tag === "br") text += "\n";
      else if (!SKIPPED.has(tag)) text += preText(child as Element);
    }
  }
  return text;
}

/** Blocks of an HTML element (a document body, an article, a fragment's container). */
export function domToBlocks(root: Element): DomBlocks {
  const reader = new DomReader(root);
  const blocks = reader.read(root);
  return { blocks, title: reader.title };
}
