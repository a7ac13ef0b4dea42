import type { ReportSection } from "../types";
import { clip, n, svgDocument, xml } from "./xml";

const LABEL_WIDTH = 280;
const CELL_WIDTH = 230;
const ROW = 28;
const HEADER = 44;
const MARGIN = 12;

interface Column {
  heading: string;
  hue: string;
  value: (s: ReportSection) => number;
  label: (s: ReportSection) => string;
}

const COLUMNS: Column[] = [
  { heading: "Annotations per 1,000 chars", hue: "#1e3a8a", value: (s) => s.annotationDensity, label: (s) => `${s.annotationDensity.toFixed(1)} (${s.annotations})` },
  { heading: "Contested stances per 1,000 chars", hue: "#991b1b", value: (s) => s.contestDensity, label: (s) => `${s.contestDensity.toFixed(1)} (${s.contestedStances})` },
];

/**
 * The paper's heat map: one row per section, one column each for annotation density and contest
 * density. Darkness encodes the value relative to the densest section of that column, and every
 * cell also prints its value (density, with the count in brackets), so the picture reads in
 * greyscale and without colour.
 */
export function heatMapSvg(sections: ReportSection[], id = "heat-map"): string {
  const width = MARGIN * 2 + LABEL_WIDTH + CELL_WIDTH * COLUMNS.length;
  const height = MARGIN * 2 + HEADER + ROW * Math.max(sections.length, 1);
  const parts: string[] = [];
  COLUMNS.forEach((column, c) => {
    const x = MARGIN + LABEL_WIDTH + c * CELL_WIDTH;
    parts.push(`<text x="${n(x + CELL_WIDTH / 2)}" y="${n(MARGIN + HEADER - 14)}" text-anchor="middle" font-weight="600" fill="#1f2937">${xml(column.heading)}</text>`);
  });
  parts.push(`<text x="${MARGIN}" y="${n(MARGIN + HEADER - 14)}" font-weight="600" fill="#1f2937">Section</text>`);
  const maxima = COLUMNS.map((column) => Math.max(0, ...sections.map(column.value)));
  sections.forEach((section, r) => {
    const y = MARGIN + HEADER + r * ROW;
    parts.push(`<g><title>${xml(`${section.title}: ${section.annotations} annotations, ${section.contestedStances} contested stances`)}</title>`);
    parts.push(`<text x="${MARGIN}" y="${n(y + ROW / 2 + 4)}" fill="#111827">${xml(clip(section.title, 40))}</text>`);
    COLUMNS.forEach((column, c) => {
      const x = MARGIN + LABEL_WIDTH + c * CELL_WIDTH;
      const ratio = maxima[c] > 0 ? column.value(section) / maxima[c] : 0;
      const opacity = ratio === 0 ? 0 : 0.12 + 0.83 * ratio;
      parts.push(`<rect x="${n(x + 2)}" y="${n(y + 2)}" width="${CELL_WIDTH - 4}" height="${ROW - 4}" fill="${column.hue}" fill-opacity="${Math.round(opacity * 100) / 100}" stroke="#6b7280" stroke-width="0.5"/>`);
      parts.push(`<text x="${n(x + CELL_WIDTH / 2)}" y="${n(y + ROW / 2 + 4)}" text-anchor="middle" fill="${ratio > 0.55 ? "#ffffff" : "#111827"}">${xml(column.label(section))}</text>`);
    });
    parts.push(`</g>`);
  });
  if (sections.length === 0) parts.push(`<text x="${MARGIN}" y="${MARGIN + HEADER + 18}" fill="#4b5563">No sections.</text>`);
  const densest = sections.length > 0 ? [...sections].sort((a, b) => b.annotationDensity - a.annotationDensity)[0] : null;
  const mostContested = sections.length > 0 ? [...sections].sort((a, b) => b.contestDensity - a.contestDensity)[0] : null;
  const desc =
    `${sections.length} sections. ` +
    (densest && densest.annotations > 0 ? `Most annotated: ${densest.title} (${densest.annotationDensity} per 1,000 characters). ` : "No annotations yet. ") +
    (mostContested && mostContested.contestedStances > 0 ? `Most contested: ${mostContested.title} (${mostContested.contestDensity} contested stances per 1,000 characters).` : "No contested stances yet.");
  return svgDocument({ id, width, height, title: "Heat map of the paper: annotation and contest density by section", desc, body: parts.join("") });
}
