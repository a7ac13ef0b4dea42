import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type ImportedPaper, importPaper, plainTextOf, type PaperNodeJson } from "@/lib/documents/import";
import { paperSchema } from "@/lib/documents/schema";
import { SAMPLE_HEADINGS } from "../../support/sample-paper";

const SAMPLE = path.resolve(import.meta.dirname, "../../../content/papers/social-credit-system.txt");

function importSample(): Promise<ImportedPaper> {
  return importPaper({ bytes: readFileSync(SAMPLE), filename: "social-credit-system.txt" });
}

function textOf(node: PaperNodeJson): string {
  return node.text ?? (node.content ?? []).map(textOf).join("");
}

function nodesOfType(node: PaperNodeJson, type: string): PaperNodeJson[] {
  const own = node.type === type ? [node] : [];
  return [...own, ...(node.content ?? []).flatMap((child) => nodesOfType(child, type))];
}

function citationTextNodes(node: PaperNodeJson): PaperNodeJson[] {
  return nodesOfType(node, "text").filter((text) => text.marks?.some((mark) => mark.type === "citation"));
}

let paper: ImportedPaper;
beforeAll(async () => {
  paper = await importSample();
});

describe("importing the sample paper (social-credit-system.txt)", () => {
  it("produces a document valid in the paper schema, in canonical form", () => {
    const node = paperSchema().nodeFromJSON(paper.doc);
    expect(() => node.check()).not.toThrow();
    expect(node.toJSON()).toEqual(paper.doc);
  });

  it("finds exactly the seven headings, in order, as level-2 headings", () => {
    const expected = SAMPLE_HEADINGS;
    expect(paper.headings).toEqual(expected);
    const headings = nodesOfType(paper.doc, "heading");
    expect(headings.map(textOf)).toEqual(expected);
    expect(headings.every((heading) => heading.attrs?.level === 2)).toBe(true);
  });

  it("makes the opening paragraph the abstract, followed by the Introduction heading", () => {
    const [abstract, introduction] = paper.doc.content;
    expect(abstract.type).toBe("abstract");
    expect(abstract.content).toHaveLength(1);
    const text = textOf(abstract);
    expect(text.startsWith("Artificial intelligence is increasingly present in our lives.")).toBe(true);
    expect(text.endsWith("Some of the impacts of the SCS on fundamental human rights will also be discussed.")).toBe(true);
    expect(introduction).toMatchObject({ type: "heading", content: [{ text: "Introduction" }] });
  });

  it("finds the two block quotes and nothing else as a quote", () => {
    const quotes = nodesOfType(paper.doc, "blockquote").map(textOf);
    expect(quotes).toHaveLength(2);
    expect(quotes[0].startsWith("The first [goal] was the perceived need to remake China’s culture ...")).toBe(true);
    expect(quotes[0].endsWith("The second goal was reforming the socialist market economy system.")).toBe(true);
    expect(quotes[1].startsWith("Respecting human dignity requires at least three things from the state:")).toBe(true);
    expect(quotes[1].endsWith("so that individuals have some scope for autonomy and privacy in their lives.")).toBe(true);
    // Each follows the paragraph that introduces it with a colon.
    const index = (start: string) => paper.doc.content.findIndex((node) => textOf(node).startsWith(start));
    expect(textOf(paper.doc.content[index("The first [goal]") - 1]).endsWith("(Chen, 2019):")).toBe(true);
    expect(textOf(paper.doc.content[index("Respecting human dignity") - 1]).endsWith("As Ford (2019) puts it:")).toBe(true);
  });

  it("has exactly 38 paragraphs (1 in the abstract, 2 in quotes, 35 in the body)", () => {
    // Verified by hand: `awk` counts 44 runs of non-blank lines in the file. Two runs hold
    // two paragraphs each with no blank line between (" Introduction " after the abstract,
    // and " As previously touched upon" after "...(China, 1961)?  "), giving 46 blocks; the
    // page break inside "社会信" / "" / "用" rejoins two runs, giving 45; minus the 7 headings
    // leaves 38 paragraphs.
    expect(nodesOfType(paper.doc, "paragraph")).toHaveLength(38);
    expect(paper.doc.content.filter((node) => node.type === "paragraph")).toHaveLength(35);
    expect(paper.plainText.split("\n\n")).toHaveLength(45);
  });

  it("marks 165 citations of 48 distinct works", () => {
    // Verified independently of the importer with a Python script over the text with line
    // breaks collapsed: 119 author–year items inside parentheses (split on ";", e.g.
    // "(Ford, 2019; Fruge 1998)" counts 2) plus 46 narrative "Name (Year)" mentions (every
    // "(YYYY)" / "(YYYYa)" in the text is preceded by an author name; listed and resolved by
    // hand, e.g. "Rogier Creemers (2018)" → creemers-2018). Its per-key counts were diffed
    // against the importer's: identical.
    expect(paper.citations).toHaveLength(48);
    expect(paper.citations.reduce((sum, work) => sum + work.count, 0)).toBe(165);
    expect(citationTextNodes(paper.doc)).toHaveLength(165);
    const count = (key: string) => paper.citations.find((work) => work.key === key)?.count;
    expect(count("creemers-2018")).toBe(19);
    expect(count("shen-2018")).toBe(13);
    expect(count("sithigh-siems-2019b")).toBe(12);
    expect(count("siems-sithigh-2019a")).toBe(3);
    expect(count("chen-lin-liu-2018")).toBe(7);
    expect(count("krause-hansen-weiskopf-2019")).toBe(4);
    expect(count("de-filippi-2019")).toBe(5);
    expect(count("asan-institute-for-policy-studies-2017")).toBe(3);
    expect(count("liang-das-kostyuk-hussain-2018")).toBe(2);
    for (const key of ["fruge-1998", "lafrance-2020b", "lafrance-2020", "china-1961", "rousseau-1762", "sagan-1980", "baxi-2020"]) {
      expect(count(key)).toBe(1);
    }
    expect(paper.citations.find((work) => work.key === "chen-lin-liu-2018")?.label).toBe("Chen, Lin & Liu, 2018");
    expect(paper.citations.find((work) => work.key === "creemers-2018")?.label).toBe("Creemers, 2018");
  });

  it("marks each work in a group separately, across line breaks, and narrative mentions too", () => {
    const marked = citationTextNodes(paper.doc).map((node) => [node.text, node.marks?.[0].attrs?.key]);
    expect(marked).toContainEqual(["Krause Hansen & Weiskopf, 2019", "krause-hansen-weiskopf-2019"]);
    expect(marked).toContainEqual(["Fruge 1998", "fruge-1998"]);
    expect(marked).toContainEqual(["Shen, 2018", "shen-2018"]); // "(see also Shen, 2018)"
    expect(marked).toContainEqual(["Feldstein (2019)", "feldstein-2019"]);
    expect(marked).toContainEqual(["Síthigh and Siems (2019b)", "sithigh-siems-2019b"]);
    expect(marked).toContainEqual(["Carl Sagan (1980)", "sagan-1980"]);
    expect(marked).toContainEqual(["Rogier Creemers (2018)", "creemers-2018"]);
    expect(paper.plainText).toContain("(Creemers, 2018). Yoshua Bengio"); // was split over two lines
  });

  it("keeps compounds hyphenated at line ends and collapses whitespace", () => {
    for (const word of ["decision-making", "top-level", "multiculturalism-friendly", "China-wide"]) {
      expect(paper.plainText).toContain(word);
    }
    expect(paper.plainText).not.toMatch(/decisionmaking|decision- making/);
    expect(paper.plainText).not.toMatch(/ {2}| \n|\n | $|^ /);
  });

  it("rejoins the sentence split by a page break inside 社会信用", () => {
    expect(paper.plainText).toContain("“the term 社会信用, which is translated to social credit");
    const paragraphs = nodesOfType(paper.doc, "paragraph").map(textOf);
    expect(paragraphs.some((text) => text.startsWith("用"))).toBe(false);
  });

  it("finds the candidate questions, with exact offsets into the plain text", () => {
    expect(paper.questions.map((question) => question.quote)).toEqual([
      "What about China’s quality of governance with respect to the use of facial recognition?",
      "How Does the Social Credit System Work?",
      "how could the SCS comply with the rule of law when “officially imposed norms of ‘trust’, which are vague and constantly expanding, weaken the role of clear and predictable legal rules in guiding and regulating social and individual behaviour” (Chen, Lin & Liu, 2018), even though “governing the country in accordance with the law” is enshrined in China’s constitution (China, 1961)?",
      "What if the SCS were to be hacked as it happened to Equifax, the American credit scoring business, when about a hundred forty-file million files were hacked (Hvistendahl, 2018)?",
      "Misconceptions about the SCS: Could East (Eventually) Meet West or Vice-Versa?",
      "how unique is China?",
      "Could it then be true that the SCS is “[s]imilar to credit scoring in the United States, though on a colossal scale”?",
      "To what extent does the SCS comply with the fundamental principles of democratic legal systems and human rights values?",
      "The SCS took that autonomy and privacy away, but how the right to privacy should be understood in the technological age in the context where “[t]he utilisation of social information for financial ranking purposes poses a number of policy challenges [including] privacy issues” (Geslevich Packin & Lev-Aretz, 2016)?",
      "Will China’s Social Credit System lead the way to a dystopian future?",
    ]);
    for (const question of paper.questions) {
      expect(paper.plainText.slice(question.start, question.end)).toBe(question.quote);
      expect(question.text).toBe(question.quote[0].toUpperCase() + question.quote.slice(1));
    }
  });

  it("reports the canonical plain text of its own document", () => {
    expect(paper.plainText).toBe(plainTextOf(paper.doc));
    expect(paper.plainText.startsWith("Artificial intelligence is increasingly present")).toBe(true);
    expect(paper.plainText.endsWith("concluded with the State (Rousseau, 1762).")).toBe(true);
  });

  it("is deterministic", async () => {
    const again = await importSample();
    expect(JSON.stringify(again)).toBe(JSON.stringify(paper));
  });
});
