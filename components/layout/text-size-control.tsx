"use client";

import { useEffect, useState } from "react";
import { applyTextSize, readTextSize, TEXT_SIZES } from "./preferences";

/** A− / A+ for the paper's text on the reading page; remembered in this browser. */
export function TextSizeControl() {
  const [size, setSize] = useState(1);
  useEffect(() => setSize(readTextSize()), []);
  const at = TEXT_SIZES.indexOf(size as (typeof TEXT_SIZES)[number]);
  const step = (delta: number) => {
    const next = TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, (at < 0 ? 2 : at) + delta))];
    setSize(next);
    applyTextSize(next);
  };
  return (
    <div className="text-size" role="group" aria-label="Text size">
      <button type="button" onClick={() => step(-1)} disabled={at === 0}>
        <span aria-hidden="true">A−</span>
        <span className="visually-hidden">Smaller text</span>
      </button>
      <output aria-live="polite" aria-label="Text size">{Math.round(size * 100)}%</output>
      <button type="button" onClick={() => step(1)} disabled={at === TEXT_SIZES.length - 1}>
        <span aria-hidden="true">A+</span>
        <span className="visually-hidden">Larger text</span>
      </button>
    </div>
  );
}
