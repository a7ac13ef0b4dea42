import { beforeAll, describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/documents/import";
import { requireShared } from "../../support/shared-folder";
import { corpusDocument, expectInOrder, expectProbes, expectSensibleQuestions, importCorpus, storeCorpus } from "./corpus";

/**
 * The corpus PDFs, judged against the documents themselves (read with `pdftotext -layout`):
 * their section headings in order, the abstract's first words, sentences that run across
 * columns and pages read contiguously, page furniture absent.
 */
interface PdfFacts {
  file: string;
  title: string;
  headings: string[];
  abstractStarts: string;
  probes: string[];
  absent: RegExp[];
}

const PDFS: PdfFacts[] = [
  {
    file: "01-tracemonkey-pldi09-acm.pdf",
    title: "ACM two-column (pdfeTeX)",
    headings: ["1. Introduction", "2. Overview: Example Tracing Run", "3. Trace Trees", "3.1 Traces", "4. Nested Trace Tree Formation", "5. Trace Tree Optimization", "6. Implementation", "6.5 Calling External Functions", "7. Evaluation", "8. Related Work", "9. Conclusions", "10. Future Work", "References"],
    abstractStarts: "Dynamic languages such as JavaScript are more difficult to compile than statically typed ones.",
    probes: [
      // The end of page 1's left column runs on at the top of its right column.
      "JavaScript, for example, is the de facto standard for client-side web programming and is used for the application logic of browser-based productivity applications such as Google Mail, Google Docs and Zimbra Collaboration Suite.",
      "Most of our traces represent loops and end with the special loop",
      "expect hot loops to be mostly type-stable, meaning that the types of",
    ],
    absent: [/\u0000/, /1@>8:\?/],
  },
  {
    file: "02-dutot-spaa-acm-dvips.pdf",
    title: "ACM two-column (dvips, Type 1 TeX fonts)",
    headings: ["1. INTRODUCTION", "1.1 Cluster computing", "2. CONTEXT AND DEFINITION", "3. A NEW BICRITERIA EFFICIENT SOLUTION", "3.2 Algorithm", "4. EXPERIMENTS", "5. CONCLUDING REMARKS", "6. REFERENCES"],
    abstractStarts: "We describe in this paper a new method for building an efficient algorithm for scheduling jobs in a cluster.",
    probes: ["It is currently implemented in an actual real-size cluster platform.", "Our algorithm proposes, thanks to moldability, to efficiently decrease average response time"],
    absent: [/\u0000/, /\u000f/, /Franc¸ois/, /Mouni ´e/],
  },
  {
    file: "03-iqbal-ieee-word.pdf",
    title: "IEEE two-column (Word)",
    headings: ["I. INTRODUCTION", "II. RELATED AREA AND LITERATURE STUDY", "III. MDRPM (MARKET DRIVEN REQUIREMENT PRIORITIZATION MODEL)", "4.1. Step 1 (Requirement Initialization)", "V. VALIDATION OF MDRPM", "VI. CONCLUSION", "VII. REFERENCES"],
    abstractStarts: "As compared to bespoke software development, in market driven software development huge numbers of requirements",
    probes: ["Due to the emergence of markets for off-the-shelf or packaged software [1], market-driven software development is gaining increased significance in comparison to traditional bespoke software development [9]."],
    absent: [/\u0000/],
  },
  {
    file: "04-montoya-revtex-physics.pdf",
    title: "REVTeX two-column (math)",
    headings: ["I. INTRODUCTION", "II. ULTRA LIGHT BOSONS AS DARK MATTER", "III. TESTING WITH THE CMB", "IV. CONCLUSIONS"],
    abstractStarts: "In this work we report the cosmological effects that a species of Ultra Light Bosonic Dark Matter",
    probes: [
      "It has been argued that a Scalar Field may be a candidate to form the main component of the total Dark Matter in the universe [1, 2, 3, 4, 5], this alternative is called the SFDM model.",
      "The neutrino was the first promising particle candidate to be the whole Dark Matter of the universe.",
      "the linear metric perturbations induce linear statistical perturbations in the distribution function.",
    ],
    absent: [/\u0000/, /M´exico/, /arXiv:0908\.0054v1/],
  },
  {
    file: "05-kopp-gadr-lncs.pdf",
    title: "Springer LNCS one-column",
    headings: ["1 Introduction", "2 GADR", "3 Conclusion and Outlook", "References"],
    abstractStarts: "Documenting design decisions in a project fosters understanding while developing and maintaining the software.",
    probes: [
      "In MADR, the decisions are written down using Markdown next to the code where the decisions were taken.",
      "In this paper we present GADR as an approach to capture the generic aspects of architectural decisions and to make them reusable in other projects.",
    ],
    absent: [/\u0000/, /repos-itories/],
  },
];

for (const facts of PDFS) {
  const doc = corpusDocument(facts.file);
  describe(`corpus ${facts.file.slice(0, 2)}: ${facts.title}`, () => {
    if (!requireShared(doc.missing)) return;
    let paper: ImportedPaper;
    beforeAll(async () => {
      paper = await importCorpus(doc.file, doc.name);
    }, 60_000);

    it("finds the section headings in order, and no running head or caption among them", () => {
      expectInOrder(paper.headings, facts.headings);
      expect(paper.headings.filter((heading) => /^(Figure|Fig\.|Table)\s*\d/i.test(heading))).toEqual([]);
    });

    it("finds the abstract", () => {
      const abstract = paper.doc.content.find((node) => node.type === "abstract");
      expect(abstract).toBeDefined();
      expect(paper.plainText.trimStart().startsWith(facts.abstractStarts)).toBe(true);
    });

    it("reads the columns in order: the probe sentences are contiguous", () => {
      expectProbes(paper.plainText, facts.probes);
    });

    it("drops furniture and characters PostgreSQL cannot store", () => {
      for (const pattern of facts.absent) expect(paper.plainText).not.toMatch(pattern);
      expect(paper.plainText).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expectSensibleQuestions(paper);
    });
  });
}

describe("corpus 02 stored", () => {
  const doc = corpusDocument("02-dutot-spaa-acm-dvips.pdf");
  if (!requireShared(doc.missing)) return;
  it("imports into PostgreSQL through the import use case (its TeX glyphs used to be NULs)", async () => {
    const row = await storeCorpus(doc.file, doc.name);
    expect(row.plainText).toContain("Mounié");
    expect(row.headings).toContain("1. INTRODUCTION");
  }, 60_000);
});
