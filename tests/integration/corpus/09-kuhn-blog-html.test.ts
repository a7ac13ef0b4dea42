import { beforeAll, describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/documents/import";
import { requireShared } from "../../support/shared-folder";
import { corpusDocument, expectProbes, expectSensibleQuestions, importCorpus, storeCorpus } from "./corpus";

const doc = corpusDocument("09-kuhn-controversial-events-blog.html");

describe("corpus 09: a saved blog page (navigation, tag cloud and footer around the post)", () => {
  if (!requireShared(doc.missing)) return;
  let paper: ImportedPaper;
  beforeAll(async () => {
    paper = await importCorpus(doc.file, doc.name);
  });

  it("takes the post's title (not the site's) and its author", () => {
    expect(paper.meta.title).toBe("On Recent Controversial Events");
    expect(paper.meta.authors).toEqual(["Bradley M. Kuhn"]);
    expect(paper.plainText).not.toMatch(/^On Recent Controversial Events/);
  });

  it("keeps the post from its dateline to its signature, and nothing of the page around it", () => {
    expect(paper.plainText.startsWith("Tuesday 15 October 2019 by Bradley M. Kuhn")).toBe(true);
    expect(paper.plainText.endsWith("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.")).toBe(true);
    // The sidebar's headings, the tag cloud, the licence and the disclaimer footer.
    expect(paper.plainText).not.toMatch(/Powered by|A Very Old Fork of Jekyll|Creative Commons|std\/disclaimer|service mark|Chasing Quick Fixes/);
    expect(paper.plainText).not.toMatch(/\bxen\b/);
  });

  it("reads the probes contiguously, first paragraph to last", () => {
    expectProbes(paper.plainText, [
      "The last 33 days have been unprecedentedly difficult for the software freedom community and for me personally.",
      "IMO, this is not and has never been a Free Speech issue.",
      "In short, the radical message of software freedom became overshadowed by RMS' radical views about sexual morality.",
      "Most importantly, I believe we must find a way to stand firm for software freedom while also making a safe environment for victims of sexual assault",
    ]);
  });

  it("keeps the post's links, has no junk questions, and stores as imported", async () => {
    const links = JSON.stringify(paper.doc).match(/"href":"https:\/\/www\.fsf\.org\/news\/richard-m-stallman-resigns"/g) ?? [];
    expect(links.length).toBeGreaterThanOrEqual(1);
    expectSensibleQuestions(paper);
    const stored = await storeCorpus(doc.file, doc.name);
    expect(stored.plainText).toBe(paper.plainText);
  });
});
