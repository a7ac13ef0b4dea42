import { ImportError } from "../import-error";
import { cleanText } from "./clean-text";
import { fontStyle } from "./font-style";
import type { FontStyle, PdfPage, TextItem } from "./types";

export interface ReadPdf {
  pages: PdfPage[];
  /** Characters dropped because they carried no text (unmapped glyphs, controls). */
  unmappedGlyphs: number;
  /** Text items not set horizontally (a rotated arXiv stamp, axis labels). */
  rotatedItems: number;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

interface FontObject {
  name?: string;
  bold?: boolean;
  black?: boolean;
  italic?: boolean;
}

function multiply(m: number[], n: number[]): number[] {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/**
 * Reads every page's positioned text with pdf.js. Font names (for bold, italic, monospace,
 * math) only reach this side once a page's operator list has loaded its fonts, so the
 * operator list is built only for pages that use a font not seen before: most papers use a
 * handful of fonts, and the list costs about as much as the text itself.
 */
export async function readTextItems(bytes: Uint8Array, onProgress?: (donePages: number, totalPages: number) => void): Promise<ReadPdf> {
  // Loaded on demand: pdf.js is large and only PDFs need it.
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of (detaches) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const styles = new Map<string, FontStyle>();
  const out: ReadPdf = { pages: [], unmappedGlyphs: 0, rotatedItems: 0 };
  try {
    const pdf = await task.promise;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const raw = content.items.filter((item): item is typeof item & PdfTextItem => "str" in item);
      const unknown = [...new Set(raw.map((item) => item.fontName))].filter((name) => !styles.has(name));
      if (unknown.length > 0) {
        await page.getOperatorList();
        for (const name of unknown) {
          let font: FontObject | undefined;
          try {
            font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontObject) : undefined;
          } catch {
            font = undefined; // a font pdf.js could not load: its text is still there
          }
          const family = (content.styles as Record<string, { fontFamily?: string }>)[name]?.fontFamily;
          styles.set(name, fontStyle(font?.name ?? "", { bold: font?.bold || font?.black, italic: font?.italic, family }));
        }
      }
      const items: TextItem[] = [];
      for (const item of raw) {
        const { text, dropped } = cleanText(item.str);
        out.unmappedGlyphs += dropped;
        if (text.trim() === "" && item.width <= 0) continue;
        const m = multiply(viewport.transform, item.transform);
        // Horizontal text in viewport space: m = [s, 0, 0, s, x, y] (y already downwards).
        if (Math.abs(m[1]) > 0.01 * Math.abs(m[0]) || Math.abs(m[2]) > 0.01 * Math.abs(m[3]) || m[0] <= 0) {
          if (text.trim() !== "") out.rotatedItems += 1;
          continue;
        }
        if (text === "") continue;
        const size = Math.abs(m[3]) || item.height || 10;
        items.push({ text, x: m[4], y: m[5], width: item.width * (viewport.scale ?? 1), size, font: item.fontName, style: styles.get(item.fontName) ?? fontStyle("") });
      }
      out.pages.push({ number, width: viewport.width, height: viewport.height, items });
      page.cleanup();
      onProgress?.(number, pdf.numPages);
    }
    return out;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") {
      throw new ImportError("unsupported_format", "The PDF is password-protected. Remove the password and try again.");
    }
    throw new ImportError("unsupported_format", "The file could not be read as a PDF. It may be damaged.");
  } finally {
    await task.destroy();
  }
}
