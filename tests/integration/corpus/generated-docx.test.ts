import { describe, expect, it } from "vitest";
import { SYSTEM } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { importPaper } from "@/lib/documents/import";
import { importDocument } from "@/lib/documents/import-document";
import { createGroup } from "../../support/factories";
import { buildDocx, w } from "../../unit/documents/office-files";

// No DOCX is in the corpus: this one is built like a short Word paper (title, authors in
// the properties, headings, a list, a table, a footnote) and goes through the real use case.
const paper = () =>
  buildDocx({
    creator: "Ada Lovelace",
    body: [
      w.paragraph("Trust Scores in Practice", "Title"),
      w.paragraph("Abstract", "Heading1"),
      w.paragraph("We study how three cities score their residents and what the scores decide."),
      w.paragraph("1 Introduction", "Heading1"),
      w.runs([w.run("Scoring systems are spreading."), w.footnoteCall(1), w.run(" Who decides what counts as trust?")]),
      w.listItem("Banks score borrowers", 1),
      w.listItem("Cities score residents", 1),
      w.paragraph("2 Method", "Heading1"),
      w.paragraph("Table 1. Documents read per city", "Caption"),
      w.table([
        ["City", "Documents"],
        ["Rongcheng", "12"],
      ]),
    ],
    footnotes: { 1: "Counted in March 2024." },
  });

describe("a generated Word paper", () => {
  it("imports and stores: headings, abstract, list, table, footnote; the title in meta, not the body", async () => {
    const bytes = await paper();
    const imported = await importPaper({ bytes, filename: "paper.docx" });
    expect(imported.meta).toMatchObject({ title: "Trust Scores in Practice", authors: ["Ada Lovelace"] });
    expect(imported.headings).toEqual(["1 Introduction", "2 Method"]);
    expect(imported.doc.content[0].type).toBe("abstract");
    expect(imported.plainText).toContain("Banks score borrowers");
    expect(imported.plainText).toContain("Rongcheng");
    expect(imported.plainText).toContain("Counted in March 2024.");
    expect(imported.plainText).not.toContain("Trust Scores in Practice");
    const group = await createGroup();
    const summary = await importDocument(SYSTEM, { bytes, filename: "paper.docx", title: "Generated", groupId: group.id });
    const stored = await db().document.findUniqueOrThrow({ where: { id: summary.id } });
    expect(stored.format).toBe("docx");
    expect(stored.plainText).toBe(imported.plainText);
    expect(stored.sourceText).not.toMatch(/PK|\u0000/);
  });
});
