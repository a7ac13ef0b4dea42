import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ImportedPaper, importPaper, type PaperNodeJson } from "@/lib/documents/import";
import { readsAsQuestion } from "@/lib/documents/import/find-questions";
import { missingShared, requireShared, sharedPath } from "../../support/shared-folder";

/**
 * Citations across the real-document corpus. Every count here was taken from the document
 * itself, never from the importer: PDFs from `pdftotext` (per column for two-column pages),
 * Markdown and text from their source with a script, as noted at each one. A citation is one
 * citation mark; "[1, 2, 3]" is three, "[1–3]" is three marks on one passage.
 */

const corpus = (file: string) => sharedPath("corpus", file);
const missing = missingShared(sharedPath("corpus"), "The real-document corpus (../shared/corpus)");

const cache = new Map<string, Promise<ImportedPaper>>();
function load(file: string, bibliography?: string): Promise<ImportedPaper> {
  const id = `${file}|${bibliography ? "bib" : ""}`;
  if (!cache.has(id)) cache.set(id, importPaper({ bytes: readFileSync(corpus(file)), filename: file, ...(bibliography ? { bibliography } : {}) }));
  return cache.get(id) as Promise<ImportedPaper>;
}

interface CitedPassage {
  text: string;
  key: string;
  /** The node types from the document down to the text. */
  path: string[];
}

/** Every citation mark in the document with the passage it covers. */
function citedPassages(doc: PaperNodeJson): CitedPassage[] {
  const out: CitedPassage[] = [];
  const visit = (node: PaperNodeJson, path: string[]) => {
    for (const mark of node.marks ?? []) {
      if (mark.type === "citation") out.push({ text: node.text ?? "", key: String(mark.attrs?.key), path });
    }
    for (const child of node.content ?? []) visit(child, [...path, node.type]);
  };
  visit(doc, []);
  return out;
}

function mentions(paper: ImportedPaper): number {
  return paper.citations.reduce((sum, work) => sum + work.count, 0);
}

/** The cited work whose entry, as printed with its label ("[8] M. Berndl …"), starts so. */
function work(paper: ImportedPaper, entryStart: string) {
  return paper.citations.find((cited) => {
    const text = cited.entryText ?? "";
    const printed = cited.entryLabel && !text.startsWith(cited.entryLabel) ? `${cited.entryLabel} ${text}` : text;
    return printed.startsWith(entryStart);
  });
}

const DATE_LIKE =
  /(?<!\p{L})(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?!\p{L})|^\(?\d{4}\s*[–-]\s*\d{4}\)?$/iu;

const ALL = [
  "01-tracemonkey-pldi09-acm.pdf",
  "02-dutot-spaa-acm-dvips.pdf",
  "03-iqbal-ieee-word.pdf",
  "04-montoya-revtex-physics.pdf",
  "05-kopp-gadr-lncs.pdf",
  "06-abma-lessons-learned.md",
  "07-factual-divergences-dutch-tv.md",
  "08-good-enough-practices.md",
  "09-kuhn-controversial-events-blog.html",
  "10-wikipedia-hermitian-matrix.html",
  "11-rfc3986-uri-generic-syntax.txt",
  "12-pep-0008-style-guide.txt",
];

describe("citations across the corpus", () => {
  if (!requireShared(missing)) return;

  it("01 (ACM, numbered list cited as \"(8)\"): 21 citations of all 19 entries, none in the code listing", async () => {
    // pdftotext: 21 "(N)" after a space with 1 ≤ N ≤ 19 before "References"; "edi(8)", "ebx(748)"
    // and "sp[8]" are operands of the LIR listing, "traces (81)" a count.
    const paper = await load(ALL[0]);
    expect(mentions(paper)).toBe(21);
    expect(paper.citations).toHaveLength(19);
    expect(work(paper, "[8] M. Berndl")?.count).toBe(1);
    expect(citedPassages(paper.doc)).toContainEqual(expect.objectContaining({ text: "(8)", key: work(paper, "[8] M. Berndl")?.key }));
    expect(work(paper, "[11] A. Gal, C. W. Probst")?.count).toBe(2);
  });

  it("02 (ACM dvips): 28 citations of all 21 entries, \"[20, 2]\" as two, \"[0; 1]\" as none", async () => {
    // pdftotext: 27 bracket groups before "6. REFERENCES", one of them "[20, 2]".
    const paper = await load(ALL[1]);
    expect(mentions(paper)).toBe(28);
    expect(paper.citations).toHaveLength(21);
    expect(work(paper, "[20] H. Shachnai")).toBeDefined();
    expect(citedPassages(paper.doc).some((passage) => passage.text.includes("0; 1"))).toBe(false);
  });

  it("03 (IEEE Word): 35 citations of 15 entries, \"[12]\" to entry 12", async () => {
    // pdftotext per column: 35 "[N]" before "VII. REFERENCES" ("[11][14]" and "[21][22]" two
    // each), of 15 distinct entries.
    const paper = await load(ALL[2]);
    expect(mentions(paper)).toBe(35);
    expect(paper.citations).toHaveLength(15);
    const twelve = work(paper, "[12] Sommerville");
    expect(twelve?.count).toBeGreaterThan(0);
    expect(citedPassages(paper.doc)).toContainEqual(expect.objectContaining({ text: "[12]", key: twelve?.key }));
  });

  it("04 (REVTeX, list without a heading): 19 citations of 19 entries, \"[1, 2, 3, 4, 5]\" as five", async () => {
    // pdftotext -layout: [1, 2, 3, 4, 5], [6, 7], [8, 9, 10], then [11] … [19] once each.
    const paper = await load(ALL[3]);
    expect(citedPassages(paper.doc).filter((passage) => /^[1-5]$/.test(passage.text))).toHaveLength(5);
    // Page 4's right-column text "… condensate state [16], [17], [18]" sits above the list's
    // right column: it is read as running text, never as part of entry [16].
    expect(paper.plainText).not.toMatch(/astro-ph\/0806\.0232\]\.? observations/);
    expect(mentions(paper)).toBe(19);
    expect(paper.citations).toHaveLength(19);
    expect(work(paper, "[1] Hu W.")?.count).toBe(1);
    expect(paper.citations.some((cited) => /Academic Press/.test(cited.label))).toBe(false);
  });

  it("05 (LNCS, \"1.\" list): 9 citations of all 6 entries, no \"Jan 2017\"", async () => {
    // pdftotext: [2] [4] [5] [3] [6] [5] [1] [5] [3] before "References".
    const paper = await load(ALL[4]);
    expect(mentions(paper)).toBe(9);
    expect(paper.citations).toHaveLength(6);
    expect(work(paper, "5. Zimmermann")?.count).toBe(3);
  });

  it("06 (pandoc): 43 key citations of 38 keys, resolved from a .bib when one is given", async () => {
    // Script over the source: 36 "[@…]" groups holding 43 keys, 38 distinct; no narrative "@key".
    const paper = await load(ALL[5]);
    // Pandoc keys are shown as written (label = key); the caption's "Axtell et al. (2002)" is author–year.
    const keyed = paper.citations.filter((cited) => cited.label === cited.key);
    expect(keyed.reduce((sum, cited) => sum + cited.count, 0)).toBe(43);
    expect(keyed).toHaveLength(38);
    expect(paper.citations.find((cited) => cited.key === "jutte2024")?.count).toBe(3);
    expect(paper.citations.find((cited) => cited.key === "visser")?.count).toBe(1);

    const bibliography = readFileSync(new URL("../../fixtures/import/abma-excerpt.bib", import.meta.url), "utf8");
    const withBib = await load(ALL[5], bibliography);
    const romanowska = withBib.citations.find((cited) => cited.key === "romanowska2023");
    expect(romanowska?.entryText).toMatch(/^Romanowska, Iza.*\(2023\)/);
    expect(citedPassages(withBib.doc)).toContainEqual(expect.objectContaining({ text: "@romanowska2023", key: "romanowska2023" }));
  });

  it("07 (author–year): the 6 works cited once each, no period taken for a citation", async () => {
    // Source: (United Nations, 2020), (Diem, Lantos and Tulsky, 1996), (Gooding, 2018),
    // (Martínez Ortiz et al., 2017; Ordelman, Melgar Estrada and Noordegraaf, 2017), (Lewis, 2020);
    // every other "(…2020)" is a period such as "(February-June 2020)".
    const paper = await load(ALL[6]);
    expect(paper.citations.map((cited) => [cited.label, cited.count])).toEqual([
      ["United Nations, 2020", 1],
      ["Diem, Lantos & Tulsky, 1996", 1],
      ["Gooding, 2018", 1],
      ["Martínez Ortiz et al., 2017", 1],
      ["Ordelman, Melgar Estrada & Noordegraaf, 2017", 1],
      ["Lewis, 2020", 1],
    ]);
  });

  it("08 (link keys): 22 citations of 16 entries; \"#laurent2004\" names no entry", async () => {
    // Script: 24 links "(#key)", 22 to one of the 17 "<a name>" entries, 16 distinct; the two
    // "#laurent2004" miss the entry "stlaurent2004".
    const paper = await load(ALL[7]);
    expect(mentions(paper)).toBe(22);
    expect(paper.citations).toHaveLength(16);
    const wilson = work(paper, "[wilson2014]");
    expect(wilson?.count).toBe(1);
    expect(citedPassages(paper.doc)).toContainEqual(expect.objectContaining({ text: "wilson2014", key: wilson?.key }));
    expect(paper.citations.some((cited) => cited.label.includes("laurent2004") && !cited.label.includes("st"))).toBe(false);
  });

  it("09 (blog): no citations at all", async () => {
    const paper = await load(ALL[8]);
    expect(paper.citations).toEqual([]);
  });

  it("10 (Wikipedia): the 6 note calls to their 5 notes, \"[3]\" twice to Horn & Johnson", async () => {
    // Source: 6 links href="#cite_note-…" to 5 distinct notes, "#cite_note-HornJohnson-3" twice.
    const paper = await load(ALL[9]);
    expect(mentions(paper)).toBe(6);
    expect(paper.citations).toHaveLength(5);
    expect(paper.citations.find((cited) => cited.entryText?.startsWith("Horn, Roger A."))?.count).toBe(2);
  });

  it("11 (RFC): 47 citations of all 26 keyed entries", async () => {
    // Script: 26 "[LABEL]" entries under 10.1 and 10.2; 47 "[LABEL]" in the text outside them.
    const paper = await load(ALL[10]);
    expect(mentions(paper)).toBe(47);
    expect(paper.citations).toHaveLength(26);
    expect(work(paper, "[RFC2396]")?.count).toBeGreaterThan(0);
  });

  it("12 (PEP 8, reST): the four \"[N]_\" calls to their entries", async () => {
    const paper = await load(ALL[11]);
    expect(mentions(paper)).toBe(4);
    expect(paper.citations).toHaveLength(4);
    expect(work(paper, "[4] http://www.wikipedia.com/wiki/CamelCase")?.count).toBe(1);
  });

  // First words of each abstract, from the document (pdftotext for PDFs); 07, 09, 10 and 12 have none.
  const ABSTRACTS: [string, string | null][] = [
    [ALL[0], "Dynamic languages such as JavaScript are more difficult to compile than statically typed ones."],
    [ALL[1], "We describe in this paper a new method for building an efficient algorithm for scheduling jobs in a cluster."],
    [ALL[2], "As compared to bespoke software development, in market driven software development"],
    [ALL[3], "In this work we report the cosmological effects that a species of Ultra Light Bosonic Dark Matter imprints"],
    [ALL[4], "Documenting design decisions in a project fosters understanding while developing and maintaining the software."],
    [ALL[5], "Agent-based modelling (ABM) is one of the most widely applied computational modelling research techniques"],
    [ALL[6], null],
    [ALL[7], "We present a set of computing tools and techniques that every researcher can and should consider adopting."],
    [ALL[8], null],
    [ALL[9], null],
    [ALL[10], "A Uniform Resource Identifier (URI) is a compact sequence of characters that identifies an abstract or physical resource."],
    [ALL[11], null],
  ];

  it.each(ABSTRACTS)("%s: the abstract is found, label dropped, or none is invented", async (file, opening) => {
    const paper = await load(file);
    const abstracts = paper.doc.content.filter((node) => node.type === "abstract");
    if (opening === null) {
      expect(abstracts).toEqual([]);
      return;
    }
    expect(abstracts).toHaveLength(1);
    const text = (node: PaperNodeJson): string => node.text ?? (node.content ?? []).map(text).join(" ");
    expect(text(abstracts[0]).startsWith(opening)).toBe(true);
  });

  it.each(ALL)("%s: no date, month, range or URL cited, nothing cited inside code, math, tables or the list", async (file) => {
    const paper = await load(file);
    for (const passage of citedPassages(paper.doc)) {
      expect(passage.text).not.toMatch(DATE_LIKE);
      expect(passage.text).not.toMatch(/https?:|www\./);
      expect(passage.path.some((type) => ["codeBlock", "mathBlock", "table", "references", "referenceEntry"].includes(type))).toBe(false);
    }
  });

  it.each(ALL)("%s: every question reads as a sentence, once", async (file) => {
    const paper = await load(file);
    const seen = new Set<string>();
    for (const question of paper.questions) {
      expect(readsAsQuestion(question.quote), question.quote).toBe(true);
      expect(paper.plainText.slice(question.start, question.end)).toBe(question.quote);
      const key = question.quote.toLowerCase();
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
});
