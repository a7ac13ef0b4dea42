"use client";

import type { Editor } from "@tiptap/react";
import { useLayoutEffect, useRef, useState } from "react";
import { requestProposal } from "@/components/debates/propose-question";
import { KIND_ICON, KIND_LABEL, type Kind, type Passage } from "./types";

const KINDS: { kind: Kind; key: string }[] = [
  { kind: "comment", key: "C" },
  { kind: "question", key: "Q" },
  { kind: "claim", key: "L" },
];

/**
 * The small toolbar over a selected passage: Comment / Question / Claim (also Alt+C, Alt+Q,
 * Alt+L from the paper, or Tab from the paper into this toolbar), and "Propose as question",
 * which opens the Questions tab's form with the passage. While a stance's evidence is
 * being picked it offers "Use this passage" instead.
 */
export function SelectionToolbar(props: {
  editor: Editor | null;
  passage: Passage | null;
  mode: "annotate" | "pick" | "off";
  onChoose: (kind: Kind) => void;
  onPick: (passage: Passage) => void;
  onCancelPick: () => void;
  onDismiss: () => void;
}) {
  const { editor, passage, mode } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    if (!editor || !passage || mode === "off") return setPlace(null);
    const measure = () => {
      const column = ref.current?.offsetParent as HTMLElement | null;
      if (!column || editor.isDestroyed) return;
      const box = column.getBoundingClientRect();
      const start = editor.view.coordsAtPos(passage.from);
      const end = editor.view.coordsAtPos(passage.to);
      const width = ref.current?.offsetWidth ?? 260;
      const centre = start.top === end.top ? (start.left + end.left) / 2 : start.left + 40;
      const left = Math.max(0, Math.min(box.width - width, centre - box.left - width / 2));
      // Above the passage by the toolbar's own height: on a phone its buttons wrap to two rows.
      const height = ref.current?.offsetHeight || 40;
      setPlace({ top: start.top - box.top - height - 8, left });
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [editor, passage, mode]);

  const backToPaper = () => editor?.commands.focus(undefined, { scrollIntoView: false });
  const visible = passage !== null && mode !== "off";

  return (
    <div
      ref={ref}
      className={`selection-toolbar${mode === "pick" ? " selection-toolbar-pick" : ""}`}
      role="toolbar"
      aria-label={mode === "pick" ? "Use the selected passage as evidence" : "Annotate the selected passage"}
      hidden={!visible}
      style={place ? { top: place.top, left: place.left } : undefined}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          if (mode === "pick") props.onCancelPick();
          else props.onDismiss();
          backToPaper();
        }
        if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
          const buttons = [...(ref.current?.querySelectorAll("button") ?? [])];
          const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
          buttons[(at + (event.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length]?.focus();
        }
      }}
    >
      {mode === "pick" ? (
        <>
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => passage && props.onPick(passage)}>
            Use this passage as evidence
          </button>
          <button type="button" className="toolbar-quiet" onClick={props.onCancelPick}>
            Cancel
          </button>
        </>
      ) : (
        <>
        {KINDS.map(({ kind, key }) => (
          <button key={kind} type="button" aria-keyshortcuts={`Alt+${key}`} title={`${KIND_LABEL[kind]} (Alt+${key})`} onMouseDown={(event) => event.preventDefault()} onClick={() => props.onChoose(kind)}>
            <span className={`kind-icon kind-icon-${kind}`} aria-hidden="true">
              {KIND_ICON[kind]}
            </span>
            {KIND_LABEL[kind]}
          </button>
        ))}
        <button
          type="button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (!passage) return;
            requestProposal({ start: passage.start, end: passage.end, quote: passage.quote });
            props.onDismiss();
          }}
        >
          Propose as question
        </button>
        </>
      )}
    </div>
  );
}
