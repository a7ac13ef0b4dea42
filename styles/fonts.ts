import localFont from "next/font/local";

/**
 * The shipped fonts (OFL, from @fontsource, served from this app: nothing is downloaded at build
 * or run time). Source Serif 4 for the paper, Source Sans 3 for the interface, each split into
 * Latin and Latin Extended faces by unicode-range so a page loads only what it uses; CJK comes
 * from styles/fonts-cjk.css for CJK code points only. The Latin faces cover curly quotes and
 * dashes, so a system CJK font never draws them full-width.
 */

// next/font needs literal options, hence the unicode ranges written out in each call (they
// are fontsource's "latin" and "latin-ext" subsets). No generated fallback face: its local() font would cover Latin Extended letters before the
// Latin Extended face further down the stack is reached.
export const serifLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", weight: "200 900", style: "normal" },
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2", weight: "200 900", style: "italic" },
  ],
  variable: "--font-serif-latin",
  declarations: [{ prop: "unicode-range", value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD" }],
  adjustFontFallback: false,
});

export const serifLatinExt = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-normal.woff2", weight: "200 900", style: "normal" },
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-italic.woff2", weight: "200 900", style: "italic" },
  ],
  variable: "--font-serif-latin-ext",
  declarations: [{ prop: "unicode-range", value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF" }],
  adjustFontFallback: false,
  preload: false,
});

export const sansLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2", weight: "200 900", style: "normal" },
    { path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-italic.woff2", weight: "200 900", style: "italic" },
  ],
  variable: "--font-sans-latin",
  declarations: [{ prop: "unicode-range", value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD" }],
  adjustFontFallback: false,
});

export const sansLatinExt = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-normal.woff2", weight: "200 900", style: "normal" },
    { path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-italic.woff2", weight: "200 900", style: "italic" },
  ],
  variable: "--font-sans-latin-ext",
  declarations: [{ prop: "unicode-range", value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF" }],
  adjustFontFallback: false,
  preload: false,
});

/** The class names that define the font variables, for <html>. */
export const fontVariables = [serifLatin, serifLatinExt, sansLatin, sansLatinExt].map((font) => font.variable).join(" ");
