/**
 * Plain data the PDF layout steps pass along. Coordinates are PDF points with the origin
 * at the page's top left (y grows downwards), the convention of `BlockSource`.
 */

/** How a font looks, read from its name and descriptor. */
export interface FontStyle {
  bold: boolean;
  italic: boolean;
  monospace: boolean;
  /** A TeX or symbol font used for mathematics (CMMI, CMSY, CMEX, MSAM, Symbol…). */
  math: boolean;
}

/** One positioned run of text as pdf.js reports it, cleaned. */
export interface TextItem {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  font: string;
  style: FontStyle;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: TextItem[];
}

/** A piece of text within a line that keeps its own style (bold run-in, superscript call). */
export interface LineRun {
  text: string;
  x: number;
  width: number;
  size: number;
  style: FontStyle;
  /** Raised and smaller than the line: a footnote call, an exponent, an affiliation marker. */
  superscript: boolean;
}

/** A line of one column: items on one baseline without a column-sized gap between them. */
export interface Line {
  page: number;
  text: string;
  runs: LineRun[];
  x0: number;
  x1: number;
  /** The baseline. */
  y: number;
  /** Top of the line's box (baseline minus the font size). */
  top: number;
  /** The size most of the line's characters have. */
  size: number;
  /** Every letter is in a bold font. */
  bold: boolean;
  /** Every letter is in an italic font. */
  italic: boolean;
  monospace: boolean;
  /** Share of the non-space characters set in math fonts. */
  mathShare: number;
  /** Number of separate items with wide gaps between them (table rows have several). */
  cells: number;
}

/** A vertical band of a page read as one or two columns. */
export interface Region {
  page: number;
  top: number;
  bottom: number;
  /** One list of lines per column, left to right, each in reading order. */
  columns: Line[][];
  /** The columns' left and right edges. */
  bounds: { x0: number; x1: number }[];
}

/** A line placed in reading order, with the column it was read in. */
export interface PlacedLine extends Line {
  /** Left and right edge of its column (the page's text width in one-column regions). */
  columnX0: number;
  columnX1: number;
  /** Index of its column in the reading sequence; a change means a column or page break. */
  column: number;
}
