/**
 * Writes a small, valid PDF by hand (catalog, pages, Helvetica, one content stream per
 * page, a correct xref table), so PDF import is tested without binary fixtures.
 * A page is a list of lines; each line is drawn at its own baseline (`y`, default: 14
 * points below the previous line), so tests control line spacing and paragraph gaps.
 */
export interface PdfLine {
  text: string;
  x?: number;
  y?: number;
  size?: number;
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`);
}

function contentStream(lines: PdfLine[]): string {
  let y = 740;
  return lines
    .map((line, index) => {
      y = line.y ?? (index === 0 ? y : y - 14);
      return `BT /F1 ${line.size ?? 11} Tf ${line.x ?? 72} ${y} Td (${escapePdfString(line.text)}) Tj ET`;
    })
    .join("\n");
}

/** `pages`: text lines per page, or a raw content stream (for a page without text). */
export function minimalPdf(pages: (PdfLine[] | { raw: string })[]): Uint8Array {
  const pageIds = pages.map((_, index) => 4 + index * 2);
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  pages.forEach((page, index) => {
    const stream = "raw" in page ? page.raw : contentStream(page);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index] + 1} 0 R >>`,
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    );
  });
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
