import { beforeAll, describe, expect, it } from "vitest";
import { pageUrl, toW3CAnnotation, toW3CCollection, toW3CPage, type W3CAnnotationDto } from "@/lib/annotations/w3c";
import { samplePlainText, sampleAnnotations, URLS } from "@/tests/fixtures/annotations/sample-annotations";

const COLLECTION = "https://disputatio.example/api/documents/doc0sample/annotations";

let samples: ReturnType<typeof sampleAnnotations>;
beforeAll(async () => {
  samples = sampleAnnotations(await samplePlainText());
});

function page(items: W3CAnnotationDto[], total: number, pageNumber: number, pageSize = 2) {
  return { items, total, page: pageNumber, pageSize, collectionUrl: COLLECTION, label: "Annotations" };
}

describe("toW3CAnnotation", () => {
  it("maps a comment to JSON-LD: context, id URL, Markdown body, quote and position selectors", () => {
    const dto = samples.comment;
    expect(toW3CAnnotation(dto, { ...URLS, baseUrl: `${URLS.baseUrl}/` })).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "https://disputatio.example/api/annotations/ann0comment000000000001",
      type: "Annotation",
      motivation: "commenting",
      created: "2025-03-01T09:30:00.000Z",
      modified: "2025-03-02T10:00:00.000Z",
      creator: { type: "Person", name: "Ada Lovelace" },
      body: [
        { type: "TextualBody", value: dto.body, format: "text/markdown", purpose: "commenting" },
        { type: "TextualBody", value: "comment", format: "text/plain", purpose: "classifying" },
      ],
      target: {
        source: URLS.documentUrl,
        selector: [
          { type: "TextQuoteSelector", exact: dto.anchor.quote, prefix: dto.anchor.prefix, suffix: dto.anchor.suffix },
          { type: "TextPositionSelector", start: dto.anchor.start, end: dto.anchor.end },
        ],
      },
    });
  });

  it("expresses the kind, the tags and a claim's status as classifying, tagging and assessing bodies", () => {
    expect(toW3CAnnotation(samples.question, URLS).motivation).toBe("questioning");
    const claim = toW3CAnnotation(samples.claim, URLS);
    expect(claim.motivation).toBe("classifying");
    expect(claim.body.map((body) => [body.purpose, body.value])).toEqual([
      ["commenting", samples.claim.body],
      ["classifying", "claim"],
      ["tagging", "motive"],
      ["tagging", "economy"],
      ["assessing", "disputed"],
    ]);
    // An empty body is left out rather than exported as an empty comment.
    expect(toW3CAnnotation(samples.unreviewedClaim, URLS).body.map((body) => body.purpose)).toEqual(["classifying", "assessing"]);
  });

  it("keeps Chinese quotes and tags as they are", () => {
    const cjk = toW3CAnnotation(samples.cjk, URLS);
    expect(cjk.target.selector[0]).toMatchObject({ exact: "the term 社会信用, which is translated to social credit" });
    expect(cjk.body.filter((body) => body.purpose === "tagging").map((body) => body.value)).toEqual(["翻译", "terminology"]);
  });

  it("names the creator only: no email, no account id", () => {
    const json = JSON.stringify(toW3CAnnotation(samples.claim, URLS));
    expect(toW3CAnnotation(samples.claim, URLS).creator).toEqual({ type: "Person", name: "Ada Lovelace" });
    expect(json).not.toContain(samples.claim.author.id);
    expect(json).not.toMatch(/email|mbox/i);
  });

  it("exports an orphaned annotation with its original quote and no position", () => {
    expect(toW3CAnnotation(samples.orphaned, URLS).target.selector).toEqual([
      { type: "TextQuoteSelector", exact: "Technology and its legal implications", prefix: samples.orphaned.anchor.prefix, suffix: samples.orphaned.anchor.suffix },
    ]);
  });

  it("refuses to export a private annotation", () => {
    expect(() => toW3CAnnotation(samples.private, URLS)).toThrow(/private annotations are never exported/);
  });
});

describe("toW3CPage and toW3CCollection", () => {
  it("pages by pageSize, linking first, last, next and prev", () => {
    const items = [samples.comment, samples.question, samples.claim, samples.cjk, samples.orphaned];
    const middle = toW3CPage(page(items.slice(2, 4), 5, 1), URLS);
    expect(middle).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${COLLECTION}?page=1`,
      type: "AnnotationPage",
      partOf: { id: COLLECTION, type: "AnnotationCollection", label: "Annotations", total: 5, first: `${COLLECTION}?page=0`, last: `${COLLECTION}?page=2` },
      startIndex: 2,
      next: `${COLLECTION}?page=2`,
      prev: `${COLLECTION}?page=0`,
    });
    expect(middle.items.map((item) => item.id)).toEqual([toW3CAnnotation(samples.claim, URLS).id, toW3CAnnotation(samples.cjk, URLS).id]);
    const first = toW3CPage(page(items.slice(0, 2), 5, 0), URLS);
    expect(first.prev).toBeUndefined();
    expect(first.next).toBe(`${COLLECTION}?page=1`);
    const last = toW3CPage(page(items.slice(4), 5, 2), URLS);
    expect(last).toMatchObject({ startIndex: 4, prev: `${COLLECTION}?page=1` });
    expect(last.next).toBeUndefined();
  });

  it("describes the collection with its first page embedded and the last page's URL", () => {
    const { page: _, ...input } = page([samples.comment, samples.question], 5, 0);
    const collection = toW3CCollection(input, URLS);
    expect(collection).toMatchObject({ id: COLLECTION, type: ["AnnotationCollection"], label: "Annotations", total: 5, last: `${COLLECTION}?page=2` });
    expect(collection.first).toMatchObject({ id: `${COLLECTION}?page=0`, type: "AnnotationPage", startIndex: 0, next: `${COLLECTION}?page=1` });
    expect(collection.first).not.toHaveProperty("@context");
    expect(collection.first?.items).toHaveLength(2);
  });

  it("gives an empty collection neither first nor last", () => {
    const collection = toW3CCollection({ items: [], total: 0, pageSize: 20, collectionUrl: COLLECTION, label: "None" }, URLS);
    expect(collection).toEqual({ "@context": "http://www.w3.org/ns/anno.jsonld", id: COLLECTION, type: ["AnnotationCollection"], label: "None", total: 0 });
  });

  // Private annotations are never exported: a collection or page given one (a bug in the query
  // that should have excluded it) skips it rather than leak it.
  it("skips private annotations", () => {
    const exported = toW3CPage(page([samples.comment, samples.private, samples.question], 3, 0, 3), URLS);
    expect(exported.items.map((item) => item.id)).not.toContain(`${URLS.baseUrl}/api/annotations/${samples.private.id}`);
    expect(exported.items).toHaveLength(2);
    const { page: _, ...input } = page([samples.private], 1, 0);
    expect(JSON.stringify(toW3CCollection(input, URLS))).not.toContain("Only mine.");
  });

  it("refuses nonsensical paging", () => {
    expect(() => toW3CPage(page([], 5, -1), URLS)).toThrow(RangeError);
    expect(() => toW3CPage(page([], 5, 0, 0), URLS)).toThrow(RangeError);
    expect(() => toW3CPage(page([], -1, 0), URLS)).toThrow(RangeError);
  });

  it("builds page URLs on collection URLs that already have a query", () => {
    expect(pageUrl("https://disputatio.example/api/documents/d/annotations?kind=claim", 3)).toBe("https://disputatio.example/api/documents/d/annotations?kind=claim&page=3");
    expect(pageUrl("https://disputatio.example/a?page=9", 0)).toBe("https://disputatio.example/a?page=0");
  });
});
