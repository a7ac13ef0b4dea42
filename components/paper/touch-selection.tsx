"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Passage } from "@/components/annotations/types";

const LONG_PRESS_MS = 450;
const MOVE_TOLERANCE = 10;
const WORD = /[\p{L}\p{N}_'’-]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The word (or CJK character) around a document position, as a PM range. */
export function wordAt(editor: Editor, pos: number): { from: number; to: number } | null {
  const $pos = editor.state.doc.resolve(pos);
  if (!$pos.parent.inlineContent) return null;
  const text = $pos.parent.textContent;
  let start = Math.min($pos.parentOffset, text.length);
  if (start < text.length && CJK.test(text[start])) return { from: $pos.start() + start, to: $pos.start() + start + 1 };
  if (start === text.length || !WORD.test(text[start])) start = Math.max(0, start - 1);
  if (!WORD.test(text[start] ?? "")) return null;
  let end = start;
  while (start > 0 && WORD.test(text[start - 1]) && !CJK.test(text[start - 1])) start--;
  while (end < text.length && WORD.test(text[end]) && !CJK.test(text[end])) end++;
  return { from: $pos.start() + start, to: $pos.start() + end };
}

/**
 * Selecting by touch in the paper: a long press selects the word under the finger (which
 * opens the annotation toolbar, as a mouse selection does), and two handles at the
 * selection's ends drag it wider or narrower. Browsers' own long-press selection differs
 * from one phone to the next and does not reach a read-only editor everywhere; this does.
 */
export function TouchSelection({ editor, passage }: { editor: Editor | null; passage: Passage | null }) {
  const [touched, setTouched] = useState(false);
  const [ends, setEnds] = useState<{ start: { left: number; top: number }; end: { left: number; top: number } } | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const dragging = useRef<"start" | "end" | null>(null);

  // Long press on the paper. Listening on the document (filtered to the paper's element at
  // event time): the editor's view element is replaced when tiptap mounts its view.
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let origin: { x: number; y: number } | null = null;
    let pressed = false;
    const inPaper = (event: Event) => !editor.isDestroyed && event.target instanceof Node && (editor.view.dom as HTMLElement).contains(event.target);
    const cancel = () => {
      clearTimeout(timer);
      origin = null;
    };
    const onStart = (event: TouchEvent) => {
      pressed = false;
      if (!inPaper(event) || event.touches.length !== 1) return cancel();
      const touch = event.touches[0];
      origin = { x: touch.clientX, y: touch.clientY };
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!origin || editor.isDestroyed) return;
        const hit = editor.view.posAtCoords({ left: origin.x, top: origin.y });
        const word = hit ? wordAt(editor, hit.pos) : null;
        if (word && word.from < word.to) {
          editor.commands.setTextSelection(word);
          pressed = true;
        }
      }, LONG_PRESS_MS);
    };
    // After a long press the browser would still send the mouse events of a tap, whose click
    // collapses the selection just made: cancelling the touchend stops them.
    const onEnd = (event: TouchEvent) => {
      if (pressed && event.cancelable) event.preventDefault();
      pressed = false;
      cancel();
    };
    const onMove = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (origin && touch && Math.hypot(touch.clientX - origin.x, touch.clientY - origin.y) > MOVE_TOLERANCE) cancel();
    };
    // Pointer events say which input it was; the mouse events a browser emulates after a touch do not.
    const onPointer = (event: PointerEvent) => {
      if (inPaper(event)) setTouched(event.pointerType !== "mouse");
    };
    document.addEventListener("touchstart", onStart, { passive: true });
    document.addEventListener("touchmove", onMove, { passive: true });
    document.addEventListener("touchend", onEnd, { passive: false });
    document.addEventListener("touchcancel", cancel);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      cancel();
      document.removeEventListener("touchstart", onStart);
      document.removeEventListener("touchmove", onMove);
      document.removeEventListener("touchend", onEnd);
      document.removeEventListener("touchcancel", cancel);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [editor]);

  // A touch on a handle must not reach the page: the browser would clear the selection (the
  // handle is outside the paper) and scroll. React's touch listeners are passive, hence this one.
  useEffect(() => {
    const element = layer.current;
    if (!element) return;
    const hold = (event: TouchEvent) => {
      if ((event.target as Element).closest?.(".touch-handle") && event.cancelable) event.preventDefault();
    };
    element.addEventListener("touchstart", hold, { passive: false });
    return () => element.removeEventListener("touchstart", hold);
  }, []);

  // Where the handles go: the selection's ends, in the paper column's coordinates.
  const measure = useCallback(() => {
    const column = layer.current?.offsetParent as HTMLElement | null;
    if (!editor || editor.isDestroyed || !column || !passage) return setEnds(null);
    const box = column.getBoundingClientRect();
    const from = editor.view.coordsAtPos(passage.from);
    const to = editor.view.coordsAtPos(passage.to);
    setEnds({ start: { left: from.left - box.left, top: from.bottom - box.top }, end: { left: to.left - box.left, top: to.bottom - box.top } });
  }, [editor, passage]);
  useEffect(() => {
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [measure]);

  const show = touched && passage !== null && ends !== null;

  function onPointerDown(which: "start" | "end", event: React.PointerEvent<HTMLSpanElement>) {
    event.preventDefault();
    dragging.current = which;
    event.currentTarget.setPointerCapture(event.pointerId);
  }
  function onPointerMove(event: React.PointerEvent<HTMLSpanElement>) {
    if (!dragging.current || !editor || !passage) return;
    // Aim a little above the finger, so the text being chosen is not under it.
    const hit = editor.view.posAtCoords({ left: event.clientX, top: event.clientY - 24 });
    if (!hit) return;
    const fixed = dragging.current === "start" ? passage.to : passage.from;
    if (hit.pos === fixed) return;
    editor.commands.setTextSelection({ from: Math.min(fixed, hit.pos), to: Math.max(fixed, hit.pos) });
    if ((dragging.current === "start" && hit.pos > fixed) || (dragging.current === "end" && hit.pos < fixed)) dragging.current = dragging.current === "start" ? "end" : "start";
  }
  function onPointerUp(event: React.PointerEvent<HTMLSpanElement>) {
    dragging.current = null;
    event.currentTarget.releasePointerCapture(event.pointerId);
  }

  return (
    <div ref={layer} className="touch-handles" aria-hidden="true">
      {show &&
        (["start", "end"] as const).map((which) => (
          <span
            key={which}
            className={`touch-handle touch-handle-${which}`}
            data-handle={which}
            style={{ left: ends[which].left, top: ends[which].top }}
            onPointerDown={(event) => onPointerDown(which, event)}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
          />
        ))}
    </div>
  );
}
