import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { pmRangeFromText } from "@/lib/documents/text-positions";
import { firstVisiblePosition, moveReadingCaret } from "./reading-cursor";
import type { Kind } from "./types";

/**
 * The client-side layer over the paper: highlights of private annotations (they have no mark
 * in the shared document), the passage being annotated, a flash on the passage scrolled to,
 * the keyboard reading caret, the Alt+C/Q/L shortcuts, and clicks on highlights. It adds no
 * node or mark, so the paper's schema stays the server's.
 */
export interface LayerHandlers {
  /** Alt+C / Alt+Q / Alt+L; returns whether it opened something. */
  shortcut: (kind: Kind) => boolean;
  /** The annotation ids under a click (innermost first), or under the caret on Enter. */
  open: (ids: string[]) => void;
}

type Layer = "private" | "flash" | "pending";
interface LayerState {
  set: DecorationSet;
  keyboard: boolean;
}
interface LayerMeta {
  privates?: { id: string; start: number; end: number }[];
  flash?: { from: number; to: number } | null;
  pending?: { from: number; to: number } | null;
  keyboard?: boolean;
}

const key = new PluginKey<LayerState>("annotationLayer");
const SHORTCUTS: Record<string, Kind> = { KeyC: "comment", KeyQ: "question", KeyL: "claim" };

function rebuild(state: LayerState, doc: EditorState["doc"], meta: LayerMeta): DecorationSet {
  const replaced = new Set<Layer>();
  const fresh: Decoration[] = [];
  if (meta.privates) {
    replaced.add("private");
    for (const item of meta.privates) {
      const range = pmRangeFromText(doc, item.start, item.end);
      if (range && range.to > range.from) {
        fresh.push(Decoration.inline(range.from, range.to, { class: "annotation annotation-private", "data-annotation": item.id }, { layer: "private", id: item.id }));
      }
    }
  }
  for (const layer of ["flash", "pending"] as const) {
    if (!(layer in meta)) continue;
    replaced.add(layer);
    const range = meta[layer];
    if (range && range.to > range.from) fresh.push(Decoration.inline(range.from, range.to, { class: `annotation-${layer}` }, { layer }));
  }
  const kept = state.set.find(undefined, undefined, (spec) => !replaced.has(spec.layer));
  return DecorationSet.create(doc, [...kept, ...fresh]);
}

function caretDecorations(state: EditorState): Decoration[] {
  const { selection } = state;
  if (!selection.empty) return [Decoration.inline(selection.from, selection.to, { class: "reading-selection" })];
  return [
    Decoration.widget(
      selection.head,
      () => {
        const caret = document.createElement("span");
        caret.className = "reading-caret";
        caret.setAttribute("aria-hidden", "true");
        return caret;
      },
      { key: "reading-caret", side: 0 },
    ),
  ];
}

function idsAround(element: Element | null): string[] {
  const ids: string[] = [];
  for (let node = element?.closest("[data-annotation]"); node; node = node.parentElement?.closest("[data-annotation]") ?? null) {
    const id = node.getAttribute("data-annotation");
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Annotations at the caret: marks on the characters either side, and private highlights. */
function idsAtCaret(view: EditorView): string[] {
  const { state } = view;
  const $head = state.doc.resolve(state.selection.head);
  const ids = [...($head.nodeAfter?.marks ?? []), ...($head.nodeBefore?.marks ?? [])].filter((mark) => mark.type.name === "annotation").map((mark) => String(mark.attrs.id));
  const privates = key.getState(state)?.set.find(state.selection.head, state.selection.head, (spec) => spec.layer === "private") ?? [];
  for (const decoration of privates) ids.push(String(decoration.spec.id));
  return [...new Set(ids)];
}

const markKeyboard = (tr: Transaction) => tr.setMeta(key, { keyboard: true } satisfies LayerMeta);

export function annotationLayer(handlers: LayerHandlers) {
  return Extension.create({
    name: "annotationLayer",
    addProseMirrorPlugins() {
      return [
        new Plugin<LayerState>({
          key,
          state: {
            init: () => ({ set: DecorationSet.empty, keyboard: false }),
            apply(tr, value, _old, next) {
              const meta = tr.getMeta(key) as LayerMeta | undefined;
              const set = meta && (meta.privates || "flash" in meta || "pending" in meta) ? rebuild({ ...value, set: value.set.map(tr.mapping, tr.doc) }, next.doc, meta) : value.set.map(tr.mapping, tr.doc);
              const keyboard = meta?.keyboard ?? (tr.selectionSet ? false : value.keyboard);
              return { set, keyboard };
            },
          },
          props: {
            decorations(state) {
              const layer = key.getState(state);
              if (!layer) return null;
              return layer.keyboard ? layer.set.add(state.doc, caretDecorations(state)) : layer.set;
            },
            // The sticky bars cover the top of the window: a caret under them is out of view.
            scrollThreshold: { top: 140, bottom: 40, left: 0, right: 0 },
            scrollMargin: { top: 160, bottom: 60, left: 0, right: 0 },
            handleClick(_view, _pos, event) {
              const ids = idsAround(event.target instanceof Element ? event.target : null);
              if (ids.length > 0) handlers.open(ids);
              return false;
            },
            handleDOMEvents: {
              // Not handleKeyDown: ProseMirror runs no key handler in a view that is not editable.
              keydown(view, event) {
                const kind = SHORTCUTS[event.code];
                if (kind && event.altKey && !event.ctrlKey && !event.metaKey) {
                  if (!handlers.shortcut(kind)) return false;
                  event.preventDefault();
                  return true;
                }
                if (view.editable) return false;
                let handled = false;
                if (event.key === "Enter" && view.state.selection.empty) {
                  const ids = idsAtCaret(view);
                  if (ids.length > 0) {
                    handlers.open(ids);
                    handled = true;
                  }
                }
                handled ||= moveReadingCaret(view, event, markKeyboard);
                if (handled) event.preventDefault();
                return handled;
              },
              focus(view) {
                if (view.editable) return false;
                // Keyboard focus: show a reading caret, on screen.
                const coords = view.coordsAtPos(view.state.selection.head);
                const onScreen = coords.top > 150 && coords.bottom < window.innerHeight;
                const start = onScreen ? view.state.selection.head : firstVisiblePosition(view);
                if (start === null) return false;
                const tr = onScreen ? view.state.tr : view.state.tr.setSelection(TextSelection.create(view.state.doc, start));
                view.dispatch(markKeyboard(tr));
                return false;
              },
            },
          },
        }),
      ];
    },
  });
}

function dispatchLayer(editor: Editor | null, meta: LayerMeta) {
  if (!editor || editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, meta).setMeta("addToHistory", false));
}

/** Highlights the reader's own private annotations (plain-text ranges). */
export function setPrivateHighlights(editor: Editor | null, privates: { id: string; start: number; end: number }[]) {
  dispatchLayer(editor, { privates });
}

/** The passage being annotated stays marked while the composer is open. */
export function setPendingPassage(editor: Editor | null, range: { from: number; to: number } | null) {
  dispatchLayer(editor, { pending: range });
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;
/** Briefly marks a passage the reader was taken to. */
export function flashPassage(editor: Editor | null, range: { from: number; to: number }) {
  dispatchLayer(editor, { flash: range });
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => dispatchLayer(editor, { flash: null }), 1800);
}
