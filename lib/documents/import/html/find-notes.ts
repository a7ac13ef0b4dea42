/** Where the footnotes and marked-up reference lists of an HTML tree are. */
export interface NoteLists {
  /** Footnote list items and their labels. */
  footnotes: Map<Element, string>;
  /** Links in the text that call a footnote, and the label they show. */
  calls: Map<Element, string>;
  /** Links from a note back to its call ("↩", "^", "↑"): navigation, not text. */
  backLinks: Set<Element>;
  /** Lists that are a bibliography (Wikipedia's ol.references, role=doc-bibliography). */
  referenceLists: Set<Element>;
}

const NOTE_CONTAINER = /(?:^|\s)(?:footnotes?|endnotes?)(?:\s|$)/i;
const NOTE_ROLE = /^doc-(?:endnotes|footnotes)$/;
const NOTE_ID = /^(?:fn|footnote|endnote|note)[-_:]?\w/i;
const CALL_TEXT = /^[[(]?\s*([\w*†‡§]{1,4})\s*[\])]?$/u;

function inNoteContainer(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (NOTE_CONTAINER.test(node.getAttribute("class") ?? "") || NOTE_ROLE.test(node.getAttribute("role") ?? "")) return true;
  }
  return false;
}

function idsOf(root: Element): Map<string, Element> {
  const ids = new Map<string, Element>();
  for (const element of Array.from(root.querySelectorAll("[id], a[name]"))) {
    const id = element.getAttribute("id") ?? element.getAttribute("name");
    if (id && !ids.has(id)) ids.set(id, element);
  }
  return ids;
}

function target(link: Element, ids: Map<string, Element>): Element | undefined {
  const href = link.getAttribute("href") ?? "";
  if (!href.startsWith("#") || href.length < 2) return undefined;
  try {
    return ids.get(decodeURIComponent(href.slice(1)));
  } catch {
    return ids.get(href.slice(1));
  }
}

/** The list item a link points into, or undefined when it points elsewhere. */
function itemOf(element: Element | undefined): Element | undefined {
  return element?.closest("li") ?? undefined;
}

/**
 * Footnotes are recognised by their shape, which every generator (pandoc, mammoth,
 * Markdown renderers, Wikipedia) shares: a short label in the text links to a list item,
 * and that item links back. Lists a page marks as its bibliography become references.
 */
export function findNoteLists(root: Element): NoteLists {
  const ids = idsOf(root);
  const notes: NoteLists = { footnotes: new Map(), calls: new Map(), backLinks: new Set(), referenceLists: new Set() };
  for (const list of Array.from(root.querySelectorAll("ol.references, [role=doc-bibliography] ol, [role=doc-bibliography] ul"))) {
    notes.referenceLists.add(list);
  }
  const links = Array.from(root.querySelectorAll("a[href^='#']"));
  for (const link of links) {
    const item = itemOf(target(link, ids));
    if (!item || item.contains(link) || !item.parentElement || notes.referenceLists.has(item.parentElement)) continue;
    const label = CALL_TEXT.exec((link.textContent ?? "").trim())?.[1];
    if (!label) continue;
    const linksBack = Array.from(item.querySelectorAll("a[href^='#']")).some((back) => {
      const goal = target(back, ids);
      return goal !== undefined && (goal === link || goal.contains(link) || link.contains(goal));
    });
    if (!linksBack && !NOTE_ID.test(item.getAttribute("id") ?? "") && !inNoteContainer(item)) continue;
    const known = notes.footnotes.get(item);
    notes.footnotes.set(item, known ?? label);
    notes.calls.set(link, known ?? label);
  }
  // Every item of a footnote list is a note, even one nothing in the text calls.
  const lists = new Set(Array.from(notes.footnotes.keys()).map((item) => item.parentElement as Element));
  for (const list of lists) {
    Array.from(list.children).forEach((item, index) => {
      if (item.localName.toLowerCase() === "li" && !notes.footnotes.has(item)) notes.footnotes.set(item, String(index + 1));
    });
  }
  for (const item of [...notes.footnotes.keys(), ...Array.from(root.querySelectorAll("ol.references > li"))]) {
    for (const back of Array.from(item.querySelectorAll("a[href^='#']"))) {
      const goal = target(back, ids);
      const pointsAtCall = goal !== undefined && !item.contains(goal) && itemOf(goal) !== item;
      const looksBack = /^[↩↑^⤴︎\s]+$|^\^?[a-z]?$/u.test((back.textContent ?? "").trim()) || /footnote-back/.test(back.getAttribute("class") ?? "");
      if ((pointsAtCall && looksBack) || back.getAttribute("role") === "doc-backlink") notes.backLinks.add(back);
    }
  }
  return notes;
}
