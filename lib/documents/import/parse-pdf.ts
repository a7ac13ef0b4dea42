import type { Block } from "./blocks";
import { ImportError } from "./import-error";
import { parsePlainText } from "./parse-plain-text";
import { endsSentence } from "./plain-text-rules";

interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  y: number;
  x: number;
  size: number;
  text: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Groups a page's text items into lines by baseline, left to right within a line. */
function buildLines(items: PositionedText[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PositionedText[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    // Items within half a font size of the line's baseline (superscripts, subscripts) join it.
    if (group && Math.abs(group[0].y - item.y) <= 0.5 * Math.max(group[0].size, item.size)) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = "";
    group.forEach((item, index) => {
      const previous = group[index - 1];
      const gap = previous ? item.x - (previous.x + previous.width) : 0;
      if (previous && gap > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += " ";
      text += item.str;
    });
    return { y: group[0].y, x: group[0].x, size: median(group.map((item) => item.size)), text };
  });
}

/**
 * A page's lines as plain text in the shape parsePlainText expects: a blank line where
 * the vertical gap is much larger than the usual line spacing, or before a first-line
 * indent that follows a sentence end; runs of two or more indented lines are a quotation
 * and are written indented by four spaces between blank lines.
 */
function pageText(lines: Line[]): string {
  const spacing = median(lines.slice(1).map((line, index) => lines[index].y - line.y).filter((gap) => gap > 0));
  const margin = Math.min(...lines.map((line) => line.x));
  const indented = lines.map((line) => line.x - margin > 0.8 * line.size);
  const out: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const inQuote = indented[index] && (indented[index - 1] || indented[index + 1]);
    const wasInQuote = index > 0 && indented[index - 1] && (indented[index - 2] || indented[index]);
    const largeGap = previous !== undefined && spacing > 0 && previous.y - line.y > 1.5 * spacing;
    const indentStart = previous !== undefined && indented[index] && !inQuote && endsSentence(previous.text);
    if (index > 0 && (largeGap || indentStart || inQuote !== wasInQuote)) out.push("");
    out.push(inQuote ? `    ${line.text.trim()}` : line.text);
  });
  return out.join("\n");
}

async function extractText(bytes: Uint8Array): Promise<string> {
  // Loaded on demand: pdf.js is large and only PDFs need it.
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of (detaches) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [, , c, d, x, y] = item.transform as number[];
        items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height || 10 });
      }
      if (items.length > 0) pages.push(pageText(buildLines(items)));
      page.cleanup();
    }
    // A blank line between pages; the plain-text parser rejoins sentences cut by it.
    return pages.join("\n\n");
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") {
      throw new ImportError("unsupported_format", "The PDF is password-protected. Remove the password and try again.");
    }
    throw new ImportError("unsupported_format", "The file could not be read as a PDF. It may be damaged.");
  } finally {
    await task.destroy();
  }
}

/** PDF to blocks, through its text layer. Scanned PDFs without one are refused. */
export async function parsePdf(bytes: Uint8Array): Promise<Block[]> {
  const text = await extractText(bytes);
  if (text.trim() === "") {
    throw new ImportError(
      "no_text_layer",
      "The PDF has no text layer (it is probably a scan), so there is no text to import. Run it through OCR first, or import the text another way.",
    );
  }
  return parsePlainText(text);
}
