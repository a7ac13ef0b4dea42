import type { ClaimStatus } from "@/lib/annotations/claim-status";
import type { ReportSection } from "../types";
import { clip, n, svgDocument, xml } from "./xml";

const LABEL_WIDTH = 280;
const BAR_WIDTH = 360;
const ROW = 30;
const HEADER = 58;
const MARGIN = 12;
const TOTAL_WIDTH = 60;

/** Each status has its own pattern as well as its shade, so the chart reads in greyscale. */
export const STATUS_STYLE: Record<ClaimStatus, { label: string; fill: (id: string) => string }> = {
  unreviewed: { label: "Unreviewed", fill: () => "#ffffff" },
  supported: { label: "Supported", fill: () => "#166534" },
  contested: { label: "Contested", fill: (id) => `url(#${id}-hatch)` },
  disputed: { label: "Disputed (both sides)", fill: (id) => `url(#${id}-cross)` },
};
const ORDER: ClaimStatus[] = ["unreviewed", "supported", "contested", "disputed"];

function patterns(id: string) {
  return (
    `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fee2e2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#991b1b" stroke-width="3"/></pattern>` +
    `<pattern id="${id}-cross" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#fef3c7"/><path d="M0 0L8 8M8 0L0 8" stroke="#92400e" stroke-width="1.6"/></pattern>`
  );
}

/**
 * Claim statuses per section as stacked horizontal bars (one bar per section, segments scaled to
 * the section with the most claims). Segments are told apart by pattern (white, solid, hatched,
 * cross-hatched), labelled with their count when wide enough, and each bar ends with its total.
 */
export function statusBarsSvg(sections: ReportSection[], id = "claim-statuses"): string {
  const width = MARGIN * 2 + LABEL_WIDTH + BAR_WIDTH + TOTAL_WIDTH;
  const height = MARGIN * 2 + HEADER + ROW * Math.max(sections.length, 1);
  const totals = sections.map((s) => ORDER.reduce((sum, status) => sum + s.statuses[status], 0));
  const max = Math.max(1, ...totals);
  const parts: string[] = [];
  // Legend: a swatch and a word for each status.
  let lx = MARGIN;
  for (const status of ORDER) {
    parts.push(`<rect x="${lx}" y="${MARGIN}" width="14" height="14" fill="${STATUS_STYLE[status].fill(id)}" stroke="#374151"/>`);
    parts.push(`<text x="${lx + 20}" y="${MARGIN + 11}" fill="#111827">${xml(STATUS_STYLE[status].label)}</text>`);
    lx += 40 + STATUS_STYLE[status].label.length * 7;
  }
  parts.push(`<text x="${MARGIN}" y="${MARGIN + HEADER - 12}" font-weight="600" fill="#1f2937">Section</text>`);
  parts.push(`<text x="${MARGIN + LABEL_WIDTH}" y="${MARGIN + HEADER - 12}" font-weight="600" fill="#1f2937">Claims by status</text>`);
  sections.forEach((section, r) => {
    const y = MARGIN + HEADER + r * ROW;
    const summary = ORDER.filter((s) => section.statuses[s] > 0).map((s) => `${section.statuses[s]} ${STATUS_STYLE[s].label.toLowerCase()}`).join(", ") || "no claims";
    parts.push(`<g><title>${xml(`${section.title}: ${summary}`)}</title>`);
    parts.push(`<text x="${MARGIN}" y="${n(y + ROW / 2 + 4)}" fill="#111827">${xml(clip(section.title, 40))}</text>`);
    let x = MARGIN + LABEL_WIDTH;
    for (const status of ORDER) {
      const count = section.statuses[status];
      if (count === 0) continue;
      const w = (count / max) * BAR_WIDTH;
      parts.push(`<rect x="${n(x)}" y="${n(y + 4)}" width="${n(w)}" height="${ROW - 8}" fill="${STATUS_STYLE[status].fill(id)}" stroke="#374151" stroke-width="0.8"/>`);
      if (w >= 22) {
        const light = status === "supported";
        parts.push(`<text x="${n(x + w / 2)}" y="${n(y + ROW / 2 + 4)}" text-anchor="middle" font-weight="600" fill="${light ? "#ffffff" : "#111827"}" paint-order="stroke" stroke="${light ? "#166534" : "#ffffff"}" stroke-width="3">${count}</text>`);
      }
      x += w;
    }
    parts.push(`<text x="${n(x + 6)}" y="${n(y + ROW / 2 + 4)}" fill="#374151">${totals[r] === 0 ? "none" : totals[r]}</text>`);
    parts.push(`</g>`);
  });
  const all = ORDER.map((s) => `${sections.reduce((sum, sec) => sum + sec.statuses[s], 0)} ${STATUS_STYLE[s].label.toLowerCase()}`).join(", ");
  return svgDocument({ id, width, height, title: "Claim statuses per section", desc: `Claims over ${sections.length} sections: ${all}.`, defs: patterns(id), body: parts.join("") });
}
