import { DOMParser } from "linkedom";
import type { Block, FootnoteBlock, ImportNotice, InlineMark, ListItemBlock, PaperMeta, ParsedPaper, Span, TableRowBlock } from "./blocks";
import { parsed, spansText } from "./blocks";
import { scrubText } from "./guard-input";
import { ImportError } from "./import-error";
import { openZip, readPart } from "./read-zip";

const KIND = "OpenDocument";
const TEXT_MIME = "application/vnd.oasis.opendocument.text";

interface Style {
  parent?: string;
  bold?: boolean;
  italic?: boolean;
  outline?: number;
  listStyle?: string;
}

type Xml = Element;

function xml(text: string): Document {
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
}

const children = (node: Node): Xml[] => Array.from(node.childNodes).filter((child): child is Xml => child.nodeType === 1);
const named = (node: Node, name: string): Xml[] => children(node).filter((child) => child.nodeName === name);

/** Paragraph and text styles (named and automatic) and whether each list style is numbered. */
function readStyles(documents: Document[]): { styles: Map<string, Style>; numbered: Map<string, boolean> } {
  const styles = new Map<string, Style>();
  const numbered = new Map<string, boolean>();
  for (const document of documents) {
    for (const style of Array.from(document.getElementsByTagName("style:style"))) {
      const name = style.getAttribute("style:name");
      if (!name) continue;
      const text = named(style, "style:text-properties")[0];
      const outline = Number(style.getAttribute("style:default-outline-level") ?? "");
      styles.set(name, {
        parent: style.getAttribute("style:parent-style-name") ?? undefined,
        bold: text ? /bold|[6-9]00/.test(text.getAttribute("fo:font-weight") ?? "") || undefined : undefined,
        italic: text ? /italic|oblique/.test(text.getAttribute("fo:font-style") ?? "") || undefined : undefined,
        outline: outline > 0 ? outline : undefined,
        listStyle: style.getAttribute("style:list-style-name") ?? undefined,
      });
    }
    for (const list of Array.from(document.getElementsByTagName("text:list-style"))) {
      const name = list.getAttribute("style:name");
      const first = children(list)[0];
      if (name && first) numbered.set(name, first.nodeName === "text:list-level-style-number");
    }
  }
  return { styles, numbered };
}

/**
 * OpenDocument Text (.odt) to blocks, from content.xml with styles.xml and meta.xml:
 * outline-level headings (text:h, or paragraph styles named "Heading N"/"H N" or with an
 * outline level), lists (numbered or not by their list style), tables, footnotes and
 * endnotes, bold/italic from the styles, links; the title from meta.xml or a "Title" paragraph.
 */
class OdtReader {
  private readonly footnotes: FootnoteBlock[] = [];
  private images = 0;
  title?: string;

  constructor(
    private readonly styles: Map<string, Style>,
    private readonly numbered: Map<string, boolean>,
  ) {}

  read(text: Xml): Block[] {
    const body = this.blocks(text);
    return this.footnotes.length > 0 ? [...body, { kind: "footnotes", children: this.footnotes }] : body;
  }

  notices(): ImportNotice[] {
    return this.images > 0 ? [{ code: "images_dropped", count: this.images, message: `Left out ${this.images} image${this.images === 1 ? "" : "s"} (their captions are kept).` }] : [];
  }

  /** The style and its parents, nearest first. */
  private chain(name: string | null): { name: string; style: Style }[] {
    const out: { name: string; style: Style }[] = [];
    for (let current = name ?? undefined; current && out.length < 20; ) {
      const style = this.styles.get(current);
      out.push({ name: current, style: style ?? {} });
      current = style?.parent;
    }
    return out;
  }

  private styleRole(name: string | null): { heading?: number; title?: boolean; caption?: boolean; quote?: boolean; code?: boolean; marks: InlineMark[] } {
    const chain = this.chain(name);
    const marks: InlineMark[] = [];
    if (chain.find((entry) => entry.style.bold !== undefined)?.style.bold) marks.push({ type: "bold" });
    if (chain.find((entry) => entry.style.italic !== undefined)?.style.italic) marks.push({ type: "italic" });
    for (const { name: styleName, style } of chain) {
      const readable = styleName.replace(/_20_/g, " ");
      if (/^(?:title|subtitle)$/i.test(readable)) return { title: true, marks };
      const level = /^(?:heading|h)\s*(\d)$/i.exec(readable)?.[1] ?? (style.outline ? String(style.outline) : undefined);
      if (level) return { heading: Math.min(6, Number(level)), marks };
      if (/^(?:caption|figure|table|illustration|drawing)$/i.test(readable)) return { caption: true, marks };
      if (/^(?:quotations|quote)$/i.test(readable)) return { quote: true, marks };
      if (/^preformatted text$/i.test(readable)) return { code: true, marks };
    }
    return { marks };
  }

  private blocks(parent: Xml): Block[] {
    const out: Block[] = [];
    for (const node of children(parent)) out.push(...this.block(node));
    return out;
  }

  private block(node: Xml): Block[] {
    switch (node.nodeName) {
      case "text:h": {
        const level = Number(node.getAttribute("text:outline-level") ?? "1") || 1;
        return this.withFrames(node, (spans) => [{ kind: "heading", level: Math.min(6, level), spans }]);
      }
      case "text:p": {
        const role = this.styleRole(node.getAttribute("text:style-name"));
        return this.withFrames(node, (spans): Block[] => {
          if (role.title) {
            const text = spansText(spans).replace(/\s+/g, " ").trim();
            if (text) this.title = this.title ? `${this.title}: ${text}` : text;
            return [];
          }
          if (role.heading) return [{ kind: "heading", level: role.heading, spans }];
          if (role.caption) return [{ kind: "caption", label: /^\s*table\b/i.test(spansText(spans)) ? "table" : "figure", spans }];
          if (role.quote) return [{ kind: "blockquote", children: [{ kind: "paragraph", spans }] }];
          if (role.code) return [{ kind: "code", spans: [{ text: spansText(spans), marks: [] }] }];
          return [{ kind: "paragraph", spans }];
        }, role.marks);
      }
      case "text:list":
        return [this.list(node)];
      case "table:table":
        return [this.table(node)];
      case "text:section":
      case "text:soft-page-break":
        return node.nodeName === "text:section" ? this.blocks(node) : [];
      default:
        return []; // sequence declarations, tables of contents, indexes, tracked changes, forms
    }
  }

  /** A paragraph's text, then the text boxes framed inside it (LibreOffice puts figure captions there). */
  private withFrames(node: Xml, make: (spans: Span[]) => Block[], marks: InlineMark[] = []): Block[] {
    const framed: Block[] = [];
    const spans = this.spans(node, marks, framed);
    return [...make(spans), ...framed];
  }

  private list(node: Xml): Block {
    const styleName = node.getAttribute("text:style-name");
    const firstParagraph = node.getElementsByTagName("text:p")[0];
    const paragraphList = firstParagraph ? this.chain(firstParagraph.getAttribute("text:style-name")).find((entry) => entry.style.listStyle)?.style.listStyle : undefined;
    const ordered = this.numbered.get(styleName ?? paragraphList ?? "") ?? false;
    const items: ListItemBlock[] = [...named(node, "text:list-item"), ...named(node, "text:list-header")].map((item) => ({ kind: "listItem", children: this.blocks(item) }));
    return { kind: "list", ordered, children: items };
  }

  private table(node: Xml): Block {
    const rows: TableRowBlock[] = [];
    const collect = (parent: Xml, header: boolean) => {
      for (const child of children(parent)) {
        if (child.nodeName === "table:table-row") {
          const cells = children(child)
            .filter((cell) => cell.nodeName === "table:table-cell")
            .map((cell) => ({ kind: "tableCell" as const, header, children: this.blocks(cell) }));
          rows.push({ kind: "tableRow", children: cells });
        } else if (child.nodeName === "table:table-header-rows") collect(child, true);
        else if (child.nodeName === "table:table-rows" || child.nodeName === "table:table-row-group") collect(child, header);
      }
    };
    collect(node, false);
    return { kind: "table", children: rows };
  }

  private spans(node: Xml, marks: InlineMark[], framed: Block[]): Span[] {
    const out: Span[] = [];
    this.inline(node, marks, out, framed);
    return out;
  }

  private inline(parent: Node, marks: InlineMark[], out: Span[], framed: Block[]): void {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === 3) {
        out.push({ text: scrubText(node.nodeValue ?? ""), marks });
        continue;
      }
      if (node.nodeType !== 1) continue;
      const element = node as Xml;
      switch (element.nodeName) {
        case "text:s":
          out.push({ text: " ".repeat(Math.min(100, Number(element.getAttribute("text:c") ?? "1") || 1)), marks });
          break;
        case "text:tab":
        case "text:line-break":
          out.push({ text: " ", marks });
          break;
        case "text:span": {
          const extra = this.styleRole(element.getAttribute("text:style-name")).marks.filter((mark) => !marks.some((own) => own.type === mark.type));
          this.inline(element, [...marks, ...extra], out, framed);
          break;
        }
        case "text:a": {
          const href = (element.getAttribute("xlink:href") ?? "").trim();
          this.inline(element, /^(?:https?:|mailto:)/i.test(href) ? [...marks, { type: "link", attrs: { href } }] : marks, out, framed);
          break;
        }
        case "text:note":
          out.push(this.note(element, marks));
          break;
        case "draw:frame":
          this.frame(element, framed);
          break;
        case "office:annotation":
        case "office:annotation-end":
        case "text:bookmark":
        case "text:bookmark-start":
        case "text:bookmark-end":
        case "text:reference-mark-start":
        case "text:reference-mark-end":
        case "text:soft-page-break":
        case "text:change-start":
        case "text:change-end":
        case "text:change":
          break;
        default:
          this.inline(element, marks, out, framed);
      }
    }
  }

  private note(element: Xml, marks: InlineMark[]): Span {
    const citation = named(element, "text:note-citation")[0];
    const label = (citation?.getAttribute("text:label") ?? citation?.textContent ?? "").trim() || String(this.footnotes.length + 1);
    const endnote = element.getAttribute("text:note-class") === "endnote";
    let id = `fn-${endnote ? "e" : ""}${label}`;
    if (this.footnotes.some((note) => note.id === id)) id = `${id}-${this.footnotes.length + 1}`;
    const body = named(element, "text:note-body")[0];
    this.footnotes.push({ kind: "footnote", id, label, children: body ? this.blocks(body) : [] });
    return { text: label, marks: [...marks, { type: "footnoteRef", attrs: { id } }] };
  }

  private frame(element: Xml, framed: Block[]): void {
    for (const child of children(element)) {
      if (child.nodeName === "draw:image") this.images += 1;
      else if (child.nodeName === "draw:text-box") framed.push(...this.blocks(child));
    }
  }
}

function metaOf(meta: Document | undefined): PaperMeta {
  if (!meta) return {};
  const first = (name: string) => meta.getElementsByTagName(name)[0]?.textContent?.replace(/\s+/g, " ").trim() || undefined;
  const out: PaperMeta = {};
  const title = first("dc:title");
  const author = first("meta:initial-creator") ?? first("dc:creator");
  const date = first("meta:creation-date") ?? first("dc:date");
  if (title) out.title = scrubText(title);
  if (author) out.authors = [scrubText(author)];
  if (date) out.date = date.slice(0, 10);
  return out;
}

export async function parseOdt(bytes: Uint8Array): Promise<ParsedPaper> {
  const zip = await openZip(bytes, KIND);
  const mimetype = (await readPart(zip, "mimetype", KIND))?.trim();
  if (mimetype && mimetype !== TEXT_MIME) {
    throw new ImportError(
      "unsupported_format",
      `This OpenDocument file is not a text document (${mimetype}). Import a text document (.odt), or export it to PDF and import that.`,
    );
  }
  const content = await readPart(zip, "content.xml", KIND);
  if (!content) throw new ImportError("unsupported_format", "The file is a ZIP archive but not an OpenDocument text: it has no content.xml.");
  const contentXml = xml(content);
  const stylesText = await readPart(zip, "styles.xml", KIND);
  const metaText = await readPart(zip, "meta.xml", KIND);
  const { styles, numbered } = readStyles([...(stylesText ? [xml(stylesText)] : []), contentXml]);
  const text = contentXml.getElementsByTagName("office:text")[0];
  if (!text) throw new ImportError("empty", "The OpenDocument file contains no text.");
  const reader = new OdtReader(styles, numbered);
  const blocks = reader.read(text);
  const meta = metaOf(metaText ? xml(metaText) : undefined);
  if (reader.title) meta.title = reader.title;
  return parsed(blocks, meta, reader.notices());
}
