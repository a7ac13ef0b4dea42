"use client";

/** Opens the browser's print dialog; the print stylesheet lays the report out for A4. */
export function PrintButton() {
  return (
    <button type="button" className="button button-quiet" onClick={() => window.print()}>
      Print
    </button>
  );
}
