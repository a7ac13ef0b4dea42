"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useMemo, useState } from "react";
import { textblockSpans } from "@/lib/documents/text-positions";
import type { AnnotationDTO } from "./types";

const SEGMENTS = 48;

interface Segment {
  index: number;
  count: number;
  contested: number;
  first: AnnotationDTO;
}

function textLength(editor: Editor): number {
  const spans = textblockSpans(editor.state.doc);
  const last = spans[spans.length - 1];
  return last ? last.textStart + last.length : 0;
}

/** Where annotations fall in the paper, by plain-text position: how many, and how many contested claims. */
export function heatSegments(items: AnnotationDTO[], length: number): Segment[] {
  if (length <= 0) return [];
  const segments = new Map<number, Segment>();
  const sorted = items.filter((item) => !item.anchor.orphaned && !item.hidden).sort((a, b) => a.anchor.start - b.anchor.start);
  for (const item of sorted) {
    const from = Math.min(SEGMENTS - 1, Math.floor((item.anchor.start / length) * SEGMENTS));
    const to = Math.min(SEGMENTS - 1, Math.floor((Math.max(item.anchor.start, item.anchor.end - 1) / length) * SEGMENTS));
    const status = item.claim?.status;
    for (let index = from; index <= to; index++) {
      const segment = segments.get(index) ?? { index, count: 0, contested: 0, first: item };
      segment.count += 1;
      if (status === "contested" || status === "disputed") segment.contested += 1;
      segments.set(index, segment);
    }
  }
  return [...segments.values()].sort((a, b) => a.index - b.index);
}

/**
 * A thin column in the paper's margin: the whole paper top to bottom, darker where it is more
 * annotated and warm where claims are contested. Each marked segment is a button that takes the
 * reader there.
 */
export function HeatStrip({ editor, items, onJump }: { editor: Editor | null; items: AnnotationDTO[]; onJump: (item: AnnotationDTO) => void }) {
  const [length, setLength] = useState(0);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      clearTimeout(timer);
      timer = setTimeout(() => !editor.isDestroyed && setLength(textLength(editor)), 300);
    };
    setLength(textLength(editor));
    editor.on("update", measure);
    return () => {
      clearTimeout(timer);
      editor.off("update", measure);
    };
  }, [editor]);

  const segments = useMemo(() => heatSegments(items, length), [items, length]);
  const [current, setCurrent] = useState(0);
  const busiest = Math.max(1, ...segments.map((segment) => segment.count));
  if (segments.length === 0) return null;
  const focusable = Math.min(current, segments.length - 1);

  // One tab stop for the whole strip; arrow keys move along it (the toolbar pattern).
  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const next = { ArrowDown: focusable + 1, ArrowRight: focusable + 1, ArrowUp: focusable - 1, ArrowLeft: focusable - 1, Home: 0, End: segments.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(segments.length - 1, next));
    setCurrent(index);
    event.currentTarget.querySelectorAll<HTMLButtonElement>("button")[index]?.focus();
  }

  return (
    <nav className="heat-strip" aria-label="Where the paper is annotated">
      <div className="heat-track" role="toolbar" aria-orientation="vertical" aria-label="Annotated places, top to bottom" onKeyDown={onKeyDown}>
        {segments.map((segment, index) => {
          const density = segment.count / busiest;
          const from = Math.round((segment.index / SEGMENTS) * 100);
          const warm = segment.contested > 0;
          const annotations = `${segment.count} ${segment.count === 1 ? "annotation" : "annotations"}`;
          const contested = warm ? `, ${segment.contested} contested ${segment.contested === 1 ? "claim" : "claims"}` : "";
          return (
            <button
              key={segment.index}
              type="button"
              tabIndex={index === focusable ? 0 : -1}
              className={warm ? "heat-segment is-contested" : "heat-segment"}
              style={{ top: `${(segment.index / SEGMENTS) * 100}%`, height: `${100 / SEGMENTS}%`, opacity: 0.35 + 0.65 * density }}
              aria-label={`${from}% into the paper: ${annotations}${contested}`}
              title={`${annotations}${contested}`}
              onFocus={() => setCurrent(index)}
              onClick={() => onJump(segment.first)}
            />
          );
        })}
      </div>
    </nav>
  );
}
