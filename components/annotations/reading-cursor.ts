import { Selection, TextSelection, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/**
 * Keyboard selection in the read-only paper. Browsers move no caret in content that is not
 * editable, so readers could not select a passage without a mouse: here the arrow keys move
 * a reading caret (drawn as a decoration) and Shift extends the selection, as in an editor.
 * Arrows by character, Ctrl/Alt+arrows by word, Up/Down by line, Home/End to the line's ends,
 * Ctrl+Home/End to the paper's.
 */
const WORD = /[\p{L}\p{N}_]/u;
/** How much of the window the sticky header and reading bar cover. */
const TOP_BARS = 150;

function charStep(view: EditorView, pos: number, dir: 1 | -1): number {
  const { doc } = view.state;
  const next = Math.max(0, Math.min(doc.content.size, pos + dir));
  const $next = doc.resolve(next);
  if ($next.parent.inlineContent) return next;
  const found = Selection.findFrom($next, dir, true);
  return found ? found.head : pos;
}

function wordStep(view: EditorView, pos: number, dir: 1 | -1): number {
  const $pos = view.state.doc.resolve(pos);
  const text = $pos.parent.textContent;
  let offset = $pos.parentOffset;
  if ((dir === 1 && offset >= text.length) || (dir === -1 && offset <= 0)) return charStep(view, pos, dir);
  if (dir === 1) {
    while (offset < text.length && !WORD.test(text[offset])) offset++;
    while (offset < text.length && WORD.test(text[offset])) offset++;
  } else {
    while (offset > 0 && !WORD.test(text[offset - 1])) offset--;
    while (offset > 0 && WORD.test(text[offset - 1])) offset--;
  }
  return $pos.start() + offset;
}

/**
 * Where the last Up/Down aimed (x in the window, y in the page), so that repeated presses keep
 * their column, and their line at a soft wrap, where a position's coordinates are ambiguous
 * (the end of one line and the start of the next are the same position).
 */
const goals = new WeakMap<EditorView, { pos: number; x: number; y: number }>();

function scrollWindow(by: number): number {
  const before = window.scrollY;
  window.scrollBy({ top: by, behavior: "instant" as ScrollBehavior });
  return window.scrollY - before;
}

function lineStep(view: EditorView, pos: number, dir: 1 | -1): number {
  // Step by the block's own line height: the caret's box is only as tall as the glyphs.
  const { node } = view.domAtPos(pos);
  const element = node instanceof Element ? node : node.parentElement;
  const style = element ? window.getComputedStyle(element) : null;
  const lineHeight = Number.parseFloat(style?.lineHeight ?? "") || 1.5 * (Number.parseFloat(style?.fontSize ?? "") || 16);
  const goal = goals.get(view);
  const coords = view.coordsAtPos(pos);
  // Inside the text block, even when the caret's box sits a pixel outside it.
  const $at = view.state.doc.resolve(pos);
  const block = view.nodeDOM($at.before()) as HTMLElement | null;
  const blockLeft = block?.getBoundingClientRect ? block.getBoundingClientRect().left : coords.left;
  const x = goal?.pos === pos ? goal.x : Math.max(coords.left, blockLeft) + 1;
  let y = (goal?.pos === pos ? goal.y - window.scrollY : (coords.top + coords.bottom) / 2) + dir * lineHeight;
  // posAtCoords only sees what is on screen: bring the next line into view first.
  if (y > window.innerHeight - lineHeight || y < TOP_BARS) y -= scrollWindow(y - window.innerHeight / 2);
  const found = view.posAtCoords({ left: x, top: y });
  let next: number;
  if (!found || found.pos === pos) next = charStep(view, dir === 1 ? $at.end() : $at.start(), dir);
  else {
    const $found = view.state.doc.resolve(found.pos);
    next = $found.parent.inlineContent ? found.pos : (Selection.findFrom($found, dir, true)?.head ?? pos);
  }
  goals.set(view, { pos: next, x, y: y + window.scrollY });
  return next;
}

/** The start or end of the visual line the position is on (within its block). */
function lineEdge(view: EditorView, pos: number, dir: 1 | -1): number {
  const $pos = view.state.doc.resolve(pos);
  const block = view.nodeDOM($pos.before()) as HTMLElement | null;
  const coords = view.coordsAtPos(pos);
  if (!block?.getBoundingClientRect) return dir === 1 ? $pos.end() : $pos.start();
  const box = block.getBoundingClientRect();
  const found = view.posAtCoords({ left: dir === 1 ? box.right - 1 : box.left + 1, top: (coords.top + coords.bottom) / 2 });
  if (!found) return dir === 1 ? $pos.end() : $pos.start();
  return Math.max($pos.start(), Math.min($pos.end(), found.pos));
}

function target(view: EditorView, event: KeyboardEvent, head: number): number | null {
  const byWord = event.ctrlKey || event.altKey;
  switch (event.key) {
    case "ArrowLeft":
      return byWord ? wordStep(view, head, -1) : charStep(view, head, -1);
    case "ArrowRight":
      return byWord ? wordStep(view, head, 1) : charStep(view, head, 1);
    case "ArrowUp":
      return lineStep(view, head, -1);
    case "ArrowDown":
      return lineStep(view, head, 1);
    case "Home":
      return event.ctrlKey ? Selection.atStart(view.state.doc).head : lineEdge(view, head, -1);
    case "End":
      return event.ctrlKey ? Selection.atEnd(view.state.doc).head : lineEdge(view, head, 1);
    default:
      return null;
  }
}

/** Handles a key in a read-only view; returns whether it moved the reading caret. */
export function moveReadingCaret(view: EditorView, event: KeyboardEvent, tag: (tr: Transaction) => Transaction): boolean {
  if (event.metaKey) return false;
  const { selection } = view.state;
  if (event.key === "Escape" && !selection.empty) {
    view.dispatch(tag(view.state.tr.setSelection(TextSelection.create(view.state.doc, selection.head))));
    return true;
  }
  const head = target(view, event, selection.head);
  if (head === null) return false;
  const anchor = event.shiftKey ? selection.anchor : head;
  view.dispatch(tag(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head))));
  keepInView(view);
  return true;
}

/**
 * ProseMirror scrolls to the selection only when the DOM selection is in the editor, which a
 * read-only paper does not have: keep the reading caret on screen (below the sticky bars) here.
 */
function keepInView(view: EditorView) {
  const coords = view.coordsAtPos(view.state.selection.head);
  if (coords.top < TOP_BARS) window.scrollBy({ top: coords.top - TOP_BARS - 40, behavior: "instant" as ScrollBehavior });
  else if (coords.bottom > window.innerHeight - 40) window.scrollBy({ top: coords.bottom - window.innerHeight + 80, behavior: "instant" as ScrollBehavior });
}

/** Where the reading caret starts when the paper gets keyboard focus: the first line in view. */
export function firstVisiblePosition(view: EditorView): number | null {
  const box = view.dom.getBoundingClientRect();
  for (let y = Math.max(box.top + 8, TOP_BARS + 20); y < Math.min(box.bottom, window.innerHeight); y += 16) {
    const found = view.posAtCoords({ left: box.left + 12, top: y });
    if (found && view.state.doc.resolve(found.pos).parent.inlineContent) return view.state.doc.resolve(found.pos).start();
  }
  return null;
}
