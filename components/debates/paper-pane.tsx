"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { scrollBehavior } from "@/components/annotations/paper-dom";
import { domRangeOf, indexPaperText, selectionPassage, type PaperTextIndex } from "./dom-text-ranges";

export interface PassageRef {
  start: number;
  end: number;
  quote: string;
}

/** Both highlights are painted by the CSS Custom Highlight API: no DOM is wrapped or moved. */
export function setHighlight(name: string, ranges: Range[]) {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/**
 * The paper beside the debate: server-rendered, read-only. Passages cited in the debate are
 * marked as argued over; a clicked citation scrolls here and is highlighted; while a composer
 * is picking evidence, the reader's selection here becomes a passage.
 */
export function usePaperPane() {
  const root = useRef<HTMLDivElement>(null);
  const index = useRef<PaperTextIndex | null>(null);
  const textIndex = useCallback(() => {
    if (!index.current && root.current) index.current = indexPaperText(root.current);
    return index.current;
  }, []);

  const show = useCallback(
    (passage: PassageRef) => {
      const text = textIndex();
      const range = text ? domRangeOf(text, passage.start, passage.end, passage.quote) : null;
      if (!range) return false;
      const target = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      target?.scrollIntoView({ behavior: scrollBehavior(), block: "center" });
      setHighlight("debate-focus", [range]);
      root.current?.setAttribute("data-focused-passage", `${passage.start}-${passage.end}`);
      return true;
    },
    [textIndex],
  );

  const selection = useCallback(() => {
    const text = textIndex();
    return text && root.current ? selectionPassage(text, root.current) : null;
  }, [textIndex]);

  return { root, textIndex, show, selection };
}

export type PaperPaneHandle = ReturnType<typeof usePaperPane>;

export function PaperPane(props: {
  pane: PaperPaneHandle;
  argued: PassageRef[];
  picking: boolean;
  onPick: (passage: PassageRef | null) => void;
  children: ReactNode;
}) {
  const { pane, argued, picking, onPick } = props;
  const [selected, setSelected] = useState<PassageRef | null>(null);
  const [arguedCount, setArguedCount] = useState(0);

  useEffect(() => {
    const text = pane.textIndex();
    if (!text) return;
    const ranges = argued.map((passage) => domRangeOf(text, passage.start, passage.end, passage.quote)).filter((range): range is Range => range !== null);
    setHighlight("debate-argued", ranges);
    setArguedCount(ranges.length);
  }, [argued, pane]);

  useEffect(
    () => () => {
      setHighlight("debate-argued", []);
      setHighlight("debate-focus", []);
    },
    [],
  );

  useEffect(() => {
    if (!picking) return setSelected(null);
    const read = () => setSelected(pane.selection());
    read();
    document.addEventListener("selectionchange", read);
    return () => document.removeEventListener("selectionchange", read);
  }, [picking, pane]);

  return (
    <aside className="debate-paper" aria-label="The paper">
      <div className="debate-paper-head">
        <h2 className="panel-title">The paper</h2>
        <p className="debate-paper-legend">
          <span className="argued-swatch" aria-hidden="true" /> {arguedCount} {arguedCount === 1 ? "passage" : "passages"} argued over in this debate
        </p>
      </div>
      {picking && (
        <div className="debate-pick" role="region" aria-label="Choose a passage">
          <p role="status">{selected ? `Selected: “${selected.quote.slice(0, 80)}${selected.quote.length > 80 ? "…" : ""}”` : "Select a passage in the paper below."}</p>
          <div className="form-actions">
            <button type="button" className="button button-small" disabled={!selected} onMouseDown={(event) => event.preventDefault()} onClick={() => onPick(selected)}>
              Use this passage
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => onPick(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div
        ref={pane.root}
        className="debate-paper-text"
        tabIndex={0}
        role="region"
        aria-label="Paper text"
        onKeyDown={(event) => {
          if (picking && event.key === "Escape") onPick(null);
        }}
      >
        {props.children}
      </div>
    </aside>
  );
}
