import { describe, expect, it } from "vitest";
import { argdownText, debateToArgdown, debateToMarkdown } from "@/lib/debates/export-format";
import type { ArgumentDTO, QuestionDTO } from "@/lib/debates/present";

const question = {
  id: "q",
  documentId: "d",
  text: "Will social credit lead to a dystopia?",
  quote: "a dystopian future",
  status: "closed",
  outcome: "Mostly no, with caveats.",
  can: { argue: false, rate: false, moderate: false },
} as QuestionDTO;

function argument(id: string, parentId: string | null, stance: "pro" | "con", body: string, extra: Partial<ArgumentDTO> = {}): ArgumentDTO {
  return {
    id,
    questionId: "q",
    parentId,
    stance,
    body,
    evidence: [],
    author: { id: null, name: "Amber Otter", color: "#000", pseudonymous: true, isSelf: false },
    asAuthor: false,
    status: "visible",
    pinned: false,
    locked: false,
    hiddenReason: null,
    mergedFrom: [],
    edited: false,
    createdAt: "2026-01-01T00:00:00.000Z",
    childCount: 0,
    rating: { visible: true, mean: null, count: 0, distribution: [0, 0, 0, 0, 0], mine: null },
    can: { edit: false, reply: false, rate: false, moderate: false },
    ...extra,
  };
}

const items = [
  argument("a", null, "pro", "Scores shape behaviour.", { evidence: [{ type: "passage", start: 10, end: 20, quote: "shape behaviour" }, { type: "citation", key: "c1", label: "Creemers, 2018" }] }),
  argument("b", "a", "con", "Only in pilots.\nNot nationwide."),
  argument("c", null, "con", "Data is fragmented [see #3] <x> @all", { evidence: [{ type: "url", url: "https://example.org/a_b" }] }),
];

describe("debate export", () => {
  it("Markdown: question, status, outcome, nested pro/con with citations and sources", () => {
    const markdown = debateToMarkdown({ question, items });
    expect(markdown).toBe(
      [
        "# Will social credit lead to a dystopia?",
        "",
        "Status: closed",
        "",
        "> a dystopian future",
        "",
        "## Outcome",
        "",
        "Mostly no, with caveats.",
        "",
        "## Arguments",
        "",
        "- **Pro** (Amber Otter): Scores shape behaviour.",
        "  - Cites: “shape behaviour” (the paper, characters 10–20)",
        "  - Sources: Creemers, 2018",
        "  - **Con** (Amber Otter): Only in pilots.",
        "    Not nationwide.",
        "- **Con** (Amber Otter): Data is fragmented [see #3] <x> @all",
        "  - Sources: https://example.org/a_b",
        "",
      ].join("\n"),
    );
  });

  it("Markdown says a question closed on schedule when it has no outcome", () => {
    expect(debateToMarkdown({ question: { ...question, outcome: null }, items: [] })).toContain("Closed on schedule.");
  });

  it("Argdown: the question as a statement, arguments as supports/attacks nested by indentation", () => {
    const argdown = debateToArgdown({ question: { ...question, outcome: null, status: "open" }, items });
    const lines = argdown.trimEnd().split("\n");
    expect(lines[0]).toBe("[Question]: Will social credit lead to a dystopia?");
    expect(lines[1]).toMatch(/^ {4}\+ <Pro 1>: Scores shape behaviour\. \(cites: “shape behaviour”/);
    expect(lines[2]).toBe("        - <Con 2>: Only in pilots. Not nationwide.");
    expect(lines[3]).toBe("    - <Con 3>: Data is fragmented \\[see \\#3\\] \\<x\\> \\@all (cites: https:\\/\\/example.org\\/a\\_b)");
    expect(lines).toHaveLength(4);
  });

  it("escapes every character Argdown gives meaning to", () => {
    expect(argdownText("a [b] <c> #d *e* _f_ @g // h {i} \\")).toBe("a \\[b\\] \\<c\\> \\#d \\*e\\* \\_f\\_ \\@g \\/\\/ h \\{i\\} \\\\");
  });
});
