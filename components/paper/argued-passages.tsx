"use client";

import Link from "next/link";
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/components/annotations/api";
import { excerpt } from "@/components/annotations/paper-dom";
import { setHighlight } from "@/components/debates/paper-pane";
import { questionUrl } from "@/components/debates/types";
import type { ArguedPassage } from "@/lib/debates/list-argued-passages";
import { pmPositionAt, textblockSpans } from "@/lib/documents/text-positions";
import { useCoalesced, type RoomListener } from "./use-collab-provider";

const HIGHLIGHT = "paper-argued";

/**
 * The passages the paper's debates argue over, kept fresh: refetched when a debate's arguments
 * or the questions change (a burst of changes during a fetch asks for one more, not one each).
 */
export function useArguedPassages(documentId: string, onRoomEvent: (listener: RoomListener) => () => void, shareToken?: string): ArguedPassage[] {
  const [items, setItems] = useState<ArguedPassage[]>([]);
  const fetchOnce = useCallback(async () => {
    try {
      const query = shareToken ? `?share=${encodeURIComponent(shareToken)}` : "";
      setItems((await api<{ items: ArguedPassage[] }>(`/api/documents/${documentId}/argued-passages${query}`)).items);
    } catch {
      // A marker is a hint: without it the paper still reads; the next change retries.
    }
  }, [documentId, shareToken]);
  const load = useCoalesced(fetchOnce);

  useEffect(() => {
    void load();
    return onRoomEvent((event) => {
      if (event.type === "debate-changed" || event.type === "questions-changed") void load();
    });
  }, [load, onRoomEvent]);
  return items;
}

interface Marked {
  range: Range;
  passages: ArguedPassage[];
}

/**
 * DOM ranges of the passages in the live editor. The editor's paragraphs hold other members'
 * caret widgets (text of their names), so offsets go through the ProseMirror document, not a
 * walk of the DOM; a passage whose text no longer matches (an edit in flight) is skipped until
 * the next update.
 */
function markedRanges(editor: Editor, items: ArguedPassage[]): Marked[] {
  const { doc } = editor.state;
  const spans = textblockSpans(doc);
  const byPassage = new Map<string, Marked>();
  for (const item of items) {
    const key = `${item.start}:${item.end}`;
    const known = byPassage.get(key);
    if (known) {
      known.passages.push(item);
      continue;
    }
    const from = pmPositionAt(spans, item.start);
    const to = pmPositionAt(spans, item.end);
    if (from === null || to === null || to <= from || to > doc.content.size) continue;
    if (doc.textBetween(from, to, "\n\n", "\n") !== item.quote) continue;
    const a = editor.view.domAtPos(from);
    const b = editor.view.domAtPos(to);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    byPassage.set(key, { range, passages: [item] });
  }
  return [...byPassage.values()];
}

function tooltipOf(passages: ArguedPassage[]): string {
  const questions = [...new Set(passages.map((passage) => passage.questionText))];
  return `Argued over in ${questions.length === 1 ? "the debate" : "the debates"} ${questions.map((text) => `“${excerpt(text, 80)}”`).join(", ")} (see the Questions tab)`;
}

/**
 * Paints argued-over passages with a subtle marker (CSS Custom Highlight API: nothing in the
 * editor's DOM changes), repainted after every editor transaction since ProseMirror may
 * re-render the text nodes a range points into. Hovering a marked passage names its debates
 * in the column's tooltip. Returns the mouse handler for the paper column.
 */
export function useArguedMarkers(editor: Editor | null, items: ArguedPassage[]) {
  const marked = useRef<Marked[]>([]);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    let frame = 0;
    const paint = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (editor.isDestroyed) return;
        marked.current = markedRanges(editor, items);
        setHighlight(HIGHLIGHT, marked.current.map((entry) => entry.range));
        editor.view.dom.setAttribute("data-argued-passages", String(marked.current.length));
      });
    };
    paint();
    editor.on("transaction", paint);
    return () => {
      cancelAnimationFrame(frame);
      editor.off("transaction", paint);
      setHighlight(HIGHLIGHT, []);
    };
  }, [editor, items]);

  return useCallback((event: React.MouseEvent<HTMLElement>) => {
    const column = event.currentTarget;
    if (marked.current.length === 0) return column.removeAttribute("title");
    const point = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    const hit = point ? marked.current.filter((entry) => entry.range.isPointInRange(point.offsetNode, point.offset)) : [];
    if (hit.length === 0) column.removeAttribute("title");
    else column.title = tooltipOf(hit.flatMap((entry) => entry.passages));
  }, []);
}

/** The side panel's note under the questions: each argued passage, shown in the paper or followed to its debate. */
export function ArguedPassagesNote({ documentId, items, onShow }: { documentId: string; items: ArguedPassage[]; onShow: (start: number, end: number) => void }) {
  if (items.length === 0) return null;
  return (
    <section className="argued-note" aria-label="Passages argued over">
      <h3>
        <span className="argued-swatch" aria-hidden="true" /> Argued over in the paper <span className="count">{items.length}</span>
      </h3>
      <ul className="question-cards">
        {items.map((item) => (
          <li key={`${item.questionId}:${item.start}:${item.end}`} className="question-card" data-argued-passage={`${item.start}-${item.end}`}>
            <blockquote className="card-quote is-clamped">{item.quote}</blockquote>
            <span className="row-actions">
              <button type="button" className="text-button" onClick={() => onShow(item.start, item.end)}>
                Show in paper
              </button>
              <Link className="text-button" href={questionUrl(documentId, item.questionId)}>
                Debate: {excerpt(item.questionText, 60)}
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
