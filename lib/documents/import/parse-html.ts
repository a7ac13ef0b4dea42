import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { type Block, type ImportNotice, type PaperMeta, type ParsedPaper, parsed, spansText } from "./blocks";
import { activeContentNotices, noneRemoved, type RemovedActiveContent, stripActiveContent } from "./check-html-safety";
import { domToBlocks } from "./html/dom-to-blocks";
import { mathText } from "./html/math-text";

// Page furniture Readability does not always catch on wikis and journal sites.
const FURNITURE = [
  ".mw-editsection", ".mw-cite-backlink", ".mw-jump-link", ".navbox", ".vertical-navbox", ".sistersitebox",
  ".noprint", ".catlinks", "#toc", ".toc", "[role=navigation]", "nav", ".ambox", ".metadata", ".hatnote",
  ".shortdescription", ".mw-empty-elt",
].join(", ");

function documentOf(html: string): Document {
  // linkedom needs the <html><body> frame to give a fragment a body.
  const framed = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(framed).document as unknown as Document;
}

/**
 * Formulas become one element holding their TeX (or alt text) before Readability runs:
 * MediaWiki hides the MathML with display:none and shows an image, and Readability drops
 * hidden nodes, which would leave "denoted by , then".
 */
function prepare(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(FURNITURE))) element.remove();
  const formulas = Array.from(document.querySelectorAll(".mwe-math-element, math"));
  for (const formula of formulas) {
    if (!formula.isConnected) continue;
    const math = formula.localName.toLowerCase() === "math" ? formula : formula.querySelector("math");
    const image = formula.querySelector("img[alt]");
    const text = math ? mathText(math) : (image?.getAttribute("alt") ?? "");
    const block = math?.getAttribute("display") === "block" || /mwe-math-fallback-image-display/.test(image?.getAttribute("class") ?? "");
    const replacement = document.createElement("span");
    replacement.setAttribute("data-math", block ? "block" : "inline");
    replacement.textContent = text;
    formula.replaceWith(replacement);
  }
}

function metaContent(document: Document, names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    for (const element of Array.from(document.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`))) {
      const content = element.getAttribute("content")?.trim();
      if (content) out.push(content);
    }
  }
  return out;
}

const TITLE_SEPARATORS = /\s+[-|–—·:]{1,2}\s+/;

/**
 * "Hermitian matrix - Wikipedia": a page title is often the article's title plus the
 * site's name. When a top heading of the page is one of the parts, that heading is it.
 */
function articleTitle(document: Document, title: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(TITLE_SEPARATORS).map((part) => part.trim().toLowerCase());
  if (parts.length < 2) return title;
  for (const heading of Array.from(document.querySelectorAll("h1, h2"))) {
    const text = (heading.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text && parts.includes(text.toLowerCase())) return text;
  }
  return title;
}

function authorsFrom(byline: string | null | undefined): string[] | undefined {
  const text = byline
    ?.replace(/\s+/g, " ")
    .replace(/^\s*(?:by|posted by|written by)\s+/i, "")
    .replace(/\s*[(<]\s*(?:https?:|mailto:)[^)>]*[)>]/gi, "")
    .trim();
  if (!text || text.length > 200) return undefined;
  return text.split(/\s*(?:,|;|\band\b|&)\s*/).map((name) => name.trim()).filter((name) => name.length > 1);
}

const squashed = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim();

/**
 * Readability appends siblings of the article that score well, which on a blog brings
 * the site footer (disclaimers, licence) along. When the article is one container of
 * the page and an <hr> separates an appended sibling from it in the page, the sibling is
 * the page's, not the article's, and is dropped.
 */
function dropFooterSiblings(root: Element, page: Document): void {
  const container = root.firstElementChild?.getAttribute("id")?.startsWith("readability-page") ? root.firstElementChild : root;
  const children = Array.from(container.children);
  const main = children[0];
  const id = main?.getAttribute("id");
  if (!main || !id || children.length < 2 || squashed(main).length < 0.6 * squashed(container).length) return;
  const original = page.getElementById(id);
  if (!original) return;
  const all = Array.from(page.querySelectorAll("*"));
  const descendants = original.querySelectorAll("*");
  const end = all.indexOf(descendants.length > 0 ? descendants[descendants.length - 1] : original);
  const rules = all.flatMap((element, index) => (index > end && element.localName === "hr" ? [index] : []));
  if (rules.length === 0) return;
  for (const sibling of children.slice(1)) {
    const text = squashed(sibling);
    const at = all.findIndex((element, index) => index > end && element.localName === sibling.localName && squashed(element) === text);
    if (at > 0 && rules.some((rule) => rule < at)) sibling.remove();
  }
}

/** The article, not the page: Readability when the page reads like one, else its body. */
function articleOf(html: string): { root: Element; meta: PaperMeta } {
  const document = documentOf(html);
  prepare(document);
  const citationTitle = metaContent(document, ["citation_title", "dc.title", "DC.title"])[0];
  const citationAuthors = metaContent(document, ["citation_author", "dc.creator", "DC.creator"]);
  const meta: PaperMeta = {};
  let root: Element = document.body ?? document.documentElement;
  if (isProbablyReaderable(document as never)) {
    const article = new Readability(document.cloneNode(true) as Document, { keepClasses: true }).parse();
    if (article?.content) {
      root = documentOf(`<!doctype html><html><body>${article.content}</body></html>`).body;
      dropFooterSiblings(root, document);
      meta.title = article.title?.trim() || undefined;
      meta.authors = authorsFrom(article.byline);
    }
  }
  meta.title = citationTitle ?? articleTitle(document, meta.title ?? (document.title?.replace(/\s+/g, " ").trim() || undefined));
  if (citationAuthors.length > 0) meta.authors = citationAuthors;
  else meta.authors ??= authorsFrom(metaContent(document, ["author"])[0]);
  if (!meta.authors?.length) delete meta.authors;
  if (!meta.title) delete meta.title;
  return { root, meta };
}

/** Drops a first heading that only repeats the title already in meta.title. */
function withoutTitleHeading(blocks: Block[], title: string | undefined): Block[] {
  const first = blocks[0];
  const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();
  if (title && first?.kind === "heading" && same(spansText(first.spans), title)) return blocks.slice(1);
  return blocks;
}

/** An HTML fragment (raw HTML inside Markdown, mammoth's output) to blocks. */
export function htmlFragmentToBlocks(html: string, removed: RemovedActiveContent = noneRemoved()): { blocks: Block[]; title?: string } {
  const clean = stripActiveContent(html);
  removed.scripts += clean.removed.scripts;
  removed.handlers += clean.removed.handlers;
  removed.urls += clean.removed.urls;
  const document = documentOf(`<!doctype html><html><body>${clean.html}</body></html>`);
  prepare(document);
  return domToBlocks(document.body);
}

/**
 * A saved web page or HTML paper to blocks. Scripts, event handlers and javascript: URLs
 * are removed and counted in the notices; the main content is found with Mozilla
 * Readability; its title and byline become meta.title and meta.authors.
 */
export function parseHtml(html: string): ParsedPaper {
  const { html: clean, removed } = stripActiveContent(html);
  const { root, meta } = articleOf(clean);
  const { blocks } = domToBlocks(root);
  const notices: ImportNotice[] = activeContentNotices(removed);
  return parsed(withoutTitleHeading(blocks, meta.title), meta, notices);
}
