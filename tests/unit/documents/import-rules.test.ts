import { describe, expect, it } from "vitest";
import { addMarks, type Block, paragraph } from "@/lib/documents/import/blocks";
import { findAbstract } from "@/lib/documents/import/find-abstract";
import { findNarrativeCitations, findParentheticalCitations } from "@/lib/documents/import/find-citations";
import { findQuestions } from "@/lib/documents/import/find-questions";
import { decodeText } from "@/lib/documents/import/guard-input";
import { parsePlainText } from "@/lib/documents/import/parse-plain-text";
import { isHeadingText, joinLines, wordsOf } from "@/lib/documents/import/plain-text-rules";
import { plainTextOf, type PaperDocJson } from "@/lib/documents/import";

const texts = (blocks: Block[]) =>
  blocks.map((block) =>
    "spans" in block
      ? `${block.kind}: ${block.spans.map((span) => span.text).join("")}`
      : `${block.kind}: ${(block.children as Block[]).map((child) => (child as { spans: { text: string }[] }).spans[0].text).join(" | ")}`,
  );

describe("joining lines", () => {
  it("keeps a line-end hyphen unless the joined word occurs elsewhere", () => {
    const known = wordsOf("the government said");
    expect(joinLines(["a decision-", "making process"], known)).toBe("a decision-making process");
    expect(joinLines(["the gov-", "ernment"], known)).toBe("the government");
    expect(joinLines(["an implementa-", "tion"], known)).toBe("an implementation"); // bare suffix
    expect(joinLines(["areas -", "administrative"], known)).toBe("areas - administrative"); // a dash
  });

  it("joins CJK without a space and collapses whitespace", () => {
    expect(joinLines(["  the term 社会信", " 用, which  is "], new Set())).toBe("the term 社会信用, which is");
  });
});

describe("plain-text structure", () => {
  it("rejoins a sentence cut by a page break and drops a stray page number", () => {
    const text = "First paragraph ends here.\n\nIt continues on the\n\n12\n\nnext page without a break.\n\nA new paragraph.";
    expect(texts(parsePlainText(text))).toEqual([
      "paragraph: First paragraph ends here.",
      "paragraph: It continues on the next page without a break.",
      "paragraph: A new paragraph.",
    ]);
  });

  it("splits a heading glued to the paragraph before it, not a paragraph's last word", () => {
    const text = "The abstract ends here.  \n Introduction \n \nBody text that ends with a word like\ncitizens”  \n \nNext.";
    expect(texts(parsePlainText(text))).toEqual([
      "paragraph: The abstract ends here.",
      "heading: Introduction",
      "paragraph: Body text that ends with a word like citizens”",
      "paragraph: Next.",
    ]);
  });

  it("recognises title-case headings and rejects sentences", () => {
    expect(isHeadingText("How Does the Social Credit System Work?")).toBe(true);
    expect(isHeadingText("Misconceptions about the SCS: Could East (Eventually) Meet West or Vice-Versa?")).toBe(true);
    expect(isHeadingText("2.1 Data and Methods")).toBe(true);
    expect(isHeadingText("Several aspects of the SCS require clarification and need to be demystified.")).toBe(false);
    expect(isHeadingText("citizens”")).toBe(false);
    expect(isHeadingText("As Creemers (2018) Says")).toBe(false);
  });

  it("makes indented paragraphs block quotes", () => {
    const text = "He wrote:\n\n    Quoted line one\n    and line two.\n\nBack to the text.";
    expect(texts(parsePlainText(text))).toEqual([
      "paragraph: He wrote:",
      "blockquote: Quoted line one and line two.",
      "paragraph: Back to the text.",
    ]);
  });

  it("does not treat a colon as a quote in text whose blank lines are all empty", () => {
    const text = "The results were:\n\nAll positive.\n\nDone.";
    expect(texts(parsePlainText(text)).map((line) => line.split(":")[0])).toEqual(["paragraph", "paragraph", "paragraph"]);
  });
});

describe("abstract", () => {
  it("takes an explicit Abstract heading, or a labelled paragraph", () => {
    const explicit = findAbstract([
      { kind: "heading", level: 2, spans: [{ text: "Abstract", marks: [] }] },
      paragraph("We study things."),
      { kind: "heading", level: 2, spans: [{ text: "Methods", marks: [] }] },
    ]);
    expect(texts(explicit)).toEqual(["abstract: We study things.", "heading: Methods"]);
    expect(texts(findAbstract([paragraph("Abstract: We study things."), paragraph("More.")]))).toEqual([
      "abstract: We study things.",
      "paragraph: More.",
    ]);
  });

  it("leaves papers without a recognisable abstract alone", () => {
    const blocks = [paragraph("Just text."), { kind: "heading" as const, level: 2, spans: [{ text: "Methods", marks: [] }] }];
    expect(findAbstract(blocks)).toEqual(blocks);
  });
});

describe("citations", () => {
  it("reads every work of a parenthetical group, with prefixes, missing commas and et al.", () => {
    const text = "x (see also Smith et al., 2020; Fruge 1998; van der Berg & Lee, 2001a, p. 4) (in 2019) (January 2020)";
    expect(findParentheticalCitations(text).map((mention) => [text.slice(mention.from, mention.to), mention.authors, mention.etAl])).toEqual([
      ["Smith et al., 2020", ["Smith"], true],
      ["Fruge 1998", ["Fruge"], false],
      ["van der Berg & Lee, 2001a, p. 4", ["van der Berg", "Lee"], false],
    ]);
  });

  it("resolves narrative names against authors cited in parentheses", () => {
    const text = "As Rogier Creemers (2018) and Krause Hansen and Weiskopf (2019) note, Carl Sagan (1980) and in 2019 (2019).";
    const mentions = findNarrativeCitations(text, new Set(["Creemers", "Krause Hansen", "Weiskopf"]));
    expect(mentions.map((mention) => [text.slice(mention.from, mention.to), mention.authors])).toEqual([
      ["Rogier Creemers (2018)", ["Creemers"]],
      ["Krause Hansen and Weiskopf (2019)", ["Krause Hansen", "Weiskopf"]],
      ["Carl Sagan (1980)", ["Sagan"]],
    ]);
  });

  it("adds overlapping marks in one pass", () => {
    const spans = addMarks([{ text: "abcdef", marks: [{ type: "bold" }] }], [
      { from: 1, to: 4, mark: { type: "citation", attrs: { key: "a" } } },
      { from: 3, to: 5, mark: { type: "citation", attrs: { key: "b" } } },
    ]);
    expect(spans.map((span) => [span.text, span.marks.length])).toEqual([["a", 1], ["bc", 2], ["d", 3], ["e", 2], ["f", 1]]);
  });
});

describe("plainTextOf and questions", () => {
  const doc: PaperDocJson = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Is It New?" }] },
      { type: "abstract", content: [{ type: "paragraph", content: [{ type: "text", text: "Short." }] }] },
      { type: "horizontalRule" },
      {
        type: "blockquote",
        content: [{ type: "paragraph", content: [{ type: "text", text: "One" }, { type: "hardBreak" }, { type: "text", text: "two." }] }],
      },
      { type: "paragraph" },
      {
        type: "paragraph",
        content: [{ type: "text", text: "He asked: “why now?” Then e.g. Dr. Li wondered whether it lasts? The question is: is it fair to all?" }],
      },
    ],
  };

  it("joins textblocks with a blank line, containers contributing their children", () => {
    expect(plainTextOf(doc)).toBe(
      "Is It New?\n\nShort.\n\nOne\ntwo.\n\n\n\nHe asked: “why now?” Then e.g. Dr. Li wondered whether it lasts? The question is: is it fair to all?",
    );
  });

  it("finds headings, quoted questions, whole sentences and clauses after a colon", () => {
    const questions = findQuestions(doc);
    expect(questions.map((question) => [question.quote, question.text])).toEqual([
      ["Is It New?", "Is It New?"],
      ["why now?", "Why now?"],
      ["Then e.g. Dr. Li wondered whether it lasts?", "Then e.g. Dr. Li wondered whether it lasts?"],
      ["is it fair to all?", "Is it fair to all?"],
    ]);
    const plain = plainTextOf(doc);
    for (const question of questions) expect(plain.slice(question.start, question.end)).toBe(question.quote);
  });
});

describe("decoding text", () => {
  it("strips a UTF-8 byte order mark and accepts UTF-16 with one", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toBe("hi");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))).toBe("hi");
  });
});
