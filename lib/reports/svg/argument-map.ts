import type { MapLayout } from "@/lib/debates/map-layout";
import type { ReportArgument } from "../types";
import { n, svgDocument, xml } from "./xml";

const LINE_HEIGHT = 16;
const PADDING = 8;
const HEADER = 18;

function textLines(lines: string[], x: number, y: number, color: string) {
  return lines.map((line, i) => `<text x="${n(x + PADDING)}" y="${n(y + PADDING + HEADER + i * LINE_HEIGHT + 11)}" fill="${color}">${xml(line)}</text>`).join("");
}

/**
 * A debate's argument map from the debate UI's layout (lib/debates/map-layout): the question on
 * the left, arguments to the right of what they answer. Pro and con differ by a written badge
 * ("PRO" / "CON"), border (solid / dashed) and edge style, not by colour alone; each box has a
 * tooltip title with its full text and rating.
 */
export function argumentMapSvg(question: string, layout: MapLayout, args: ReportArgument[], id: string): string {
  const byId = new Map(args.map((a) => [a.id, a]));
  const centre = (box: { x: number; y: number; width: number; height: number }) => ({ left: box.x, right: box.x + box.width, mid: box.y + box.height / 2 });
  const boxes = new Map<string, { x: number; y: number; width: number; height: number }>([["root", layout.root]]);
  for (const node of layout.nodes) boxes.set(node.id, node);
  const parts: string[] = [];
  for (const edge of layout.edges) {
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!from || !to) continue;
    const a = centre(from);
    const b = centre(to);
    const midX = (a.right + b.left) / 2;
    parts.push(`<path d="M${n(a.right)} ${n(a.mid)}C${n(midX)} ${n(a.mid)} ${n(midX)} ${n(b.mid)} ${n(b.left)} ${n(b.mid)}" fill="none" stroke="${edge.stance === "pro" ? "#166534" : "#991b1b"}" stroke-width="1.5"${edge.stance === "con" ? ' stroke-dasharray="5 3"' : ""}/>`);
  }
  const { root } = layout;
  parts.push(`<g><rect x="${n(root.x)}" y="${n(root.y)}" width="${n(root.width)}" height="${n(root.height)}" rx="6" fill="#f3f4f6" stroke="#111827" stroke-width="1.5"/>`);
  parts.push(`<text x="${n(root.x + PADDING)}" y="${n(root.y + PADDING + 10)}" font-size="10" font-weight="700" fill="#374151">QUESTION</text>`);
  parts.push(`${textLines(root.lines, root.x, root.y, "#111827")}</g>`);
  for (const node of layout.nodes) {
    const arg = byId.get(node.id);
    const pro = node.stance === "pro";
    const rating = arg ? (arg.ratingMean === null ? (arg.ratingCount > 0 ? "" : "unrated") : `impact ${arg.ratingMean.toFixed(1)} (${arg.ratingCount})`) : "";
    const tooltip = `${pro ? "Pro" : "Con"}${arg ? ` by ${arg.author}${arg.asAuthor ? " (as author)" : ""}` : ""}: ${arg?.body ?? node.lines.join(" ")}${rating ? `. ${rating}` : ""}`;
    parts.push(`<g><title>${xml(tooltip)}</title>`);
    parts.push(`<rect x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="6" fill="${pro ? "#f0fdf4" : "#fef2f2"}" stroke="${pro ? "#166534" : "#991b1b"}" stroke-width="1.5"${pro ? "" : ' stroke-dasharray="5 3"'}/>`);
    parts.push(`<text x="${n(node.x + PADDING)}" y="${n(node.y + PADDING + 10)}" font-size="10" font-weight="700" fill="${pro ? "#166534" : "#991b1b"}">${pro ? "PRO" : "CON"}${rating ? ` · ${xml(rating)}` : ""}</text>`);
    parts.push(`${textLines(node.lines, node.x, node.y, "#111827")}</g>`);
  }
  const pros = layout.nodes.filter((node) => node.stance === "pro").length;
  const desc = `Argument map of “${question}”: ${layout.nodes.length} arguments (${pros} pro, ${layout.nodes.length - pros} con). Pro arguments have a solid border and a PRO badge; con arguments a dashed border and a CON badge.`;
  return svgDocument({ id, width: layout.width, height: layout.height, title: `Argument map: ${question}`, desc, body: parts.join("") });
}
