"use client";

import { useEffect, useRef } from "react";

/**
 * The reading page's panels on a phone: a bottom sheet over the paper, opened from a button
 * that shows the counts. On wider screens the wrapper has no box of its own (display:
 * contents) and the panels sit in the grid as a column; the button is hidden there.
 */
export function PanelSheet(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  counts: { annotations: number | null; claims: number | null; questions: number };
  children: React.ReactNode;
}) {
  const { open, onOpenChange, counts } = props;
  const sheet = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !window.matchMedia("(max-width: 760px)").matches) return;
      onOpenChange(false);
      opener.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, onOpenChange]);

  const parts = [
    counts.annotations !== null && `${counts.annotations} ${counts.annotations === 1 ? "annotation" : "annotations"}`,
    counts.claims !== null && `${counts.claims} ${counts.claims === 1 ? "claim" : "claims"}`,
    `${counts.questions} ${counts.questions === 1 ? "question" : "questions"}`,
  ].filter(Boolean);

  return (
    <div className="panel-sheet" data-open={open ? "true" : "false"} ref={sheet}>
      <button ref={opener} type="button" className="panel-sheet-open" aria-expanded={open} aria-controls="paper-panels" onClick={() => onOpenChange(!open)}>
        <span className="panel-sheet-label">{open ? "Close panels" : "Panels"}</span>
        <span className="panel-sheet-counts">{parts.join(" · ")}</span>
      </button>
      <div className="panel-sheet-body" id="paper-panels">
        <div className="panel-sheet-head">
          <span className="panel-sheet-grip" aria-hidden="true" />
          <button type="button" className="text-button panel-sheet-close" onClick={() => onOpenChange(false)}>
            Close
          </button>
        </div>
        {props.children}
      </div>
    </div>
  );
}
