import { beforeAll, describe, expect, it } from "vitest";
import { toW3CAnnotation, toW3CCollection, toW3CPage, type W3CAnnotationDto } from "@/lib/annotations/w3c";
import { samplePlainText, sampleAnnotations, URLS } from "@/tests/fixtures/annotations/sample-annotations";
import { type Assertion, checkAssertion, loadAssertions, missingSuiteMessage, suiteValidator, w3cTestsDir } from "@/tests/fixtures/annotations/w3c-test-suite";
import { requireShared } from "@/tests/support/shared-folder";

// The exports must pass every assertion of the W3C Web Annotation test suite's three "musts"
// tests (issue 4): a single annotation, an annotation collection, an annotation page.
const MUSTS = {
  annotation: "annotations/annotationMusts.test",
  collection: "collections/collectionMusts.test",
  page: "collections/pages/pageMusts.test",
} as const;

const dir = w3cTestsDir();
const missing = missingSuiteMessage(dir);
const COLLECTION_URL = `${URLS.documentUrl}/annotations`;

// Checked as a client receives it: serialised to JSON and parsed back.
function failures(assertions: Assertion[], document: unknown): string[] {
  const received: unknown = JSON.parse(JSON.stringify(document));
  return assertions.map((assertion) => checkAssertion(assertion, received)).filter((failure): failure is string => failure !== null);
}

if (missing) {
  describe("W3C Web Annotation conformance", () => {
    requireShared(missing);
  });
} else {
  const ajv = suiteValidator(dir);
  const assertions = {
    annotation: loadAssertions(ajv, dir, MUSTS.annotation),
    collection: loadAssertions(ajv, dir, MUSTS.collection),
    page: loadAssertions(ajv, dir, MUSTS.page),
  };
  let samples: ReturnType<typeof sampleAnnotations>;
  let group: W3CAnnotationDto[];
  const pageInput = (page: number) => ({ items: group.slice(page * 2, page * 2 + 2), total: group.length, page, pageSize: 2, collectionUrl: COLLECTION_URL, label: "Annotations on the sample paper" });

  beforeAll(async () => {
    samples = sampleAnnotations(await samplePlainText());
    group = Object.values(samples).filter((annotation) => annotation.visibility === "group");
  });

  describe("W3C Web Annotation conformance", () => {
    it("reads every assertion of the three musts tests", () => {
      expect(assertions.annotation).toHaveLength(54);
      expect(assertions.collection).toHaveLength(10);
      expect(assertions.page).toHaveLength(15);
      const all = [...assertions.annotation, ...assertions.collection, ...assertions.page];
      expect(all.every((assertion) => assertion.expectedResult === "valid" && assertion.failsWhenUnexpected)).toBe(true);
    });

    describe(`annotations pass all of ${MUSTS.annotation}`, () => {
      it.each(["comment", "question", "claim", "unreviewedClaim", "cjk", "orphaned"] as const)("a %s", (name) => {
        expect(failures(assertions.annotation, toW3CAnnotation(samples[name], URLS))).toEqual([]);
      });
    });

    describe(`collections pass all of ${MUSTS.collection}`, () => {
      it("a collection with its first page embedded", () => {
        const { page: _, ...input } = pageInput(0);
        expect(failures(assertions.collection, toW3CCollection(input, URLS))).toEqual([]);
      });

      it("an empty collection", () => {
        expect(failures(assertions.collection, toW3CCollection({ items: [], total: 0, pageSize: 2, collectionUrl: COLLECTION_URL, label: "None yet" }, URLS))).toEqual([]);
      });
    });

    describe(`pages pass all of ${MUSTS.page}`, () => {
      it.each([
        ["first", 0],
        ["middle", 1],
        ["last", 2],
      ] as const)("the %s page, and each annotation on it", (_, page) => {
        const document = toW3CPage(pageInput(page), URLS);
        expect(document.items.length).toBeGreaterThan(0);
        expect(failures(assertions.page, document)).toEqual([]);
        for (const item of document.items) expect(failures(assertions.annotation, item)).toEqual([]);
      });

      it("a collection with an embedded first page (the other form the test accepts)", () => {
        const { page: _, ...input } = pageInput(0);
        expect(failures(assertions.page, toW3CCollection(input, URLS))).toEqual([]);
      });
    });

    // Proof that the harness can fail: broken documents are caught by the assertion concerned.
    describe("the harness catches violations", () => {
      const failing = (group: Assertion[], document: unknown) => failures(group, document).map((failure) => failure.split(":")[0]);

      it.each([
        ["no @context", (json: Record<string, unknown>) => ({ ...json, "@context": undefined }), "annotations/3.1-annotationContextValidated.json"],
        ["an id that is not a URI", (json: Record<string, unknown>) => ({ ...json, id: "not a uri" }), "annotations/3.1-annotationIdValidated.json"],
        ["a created date that is not a date-time", (json: Record<string, unknown>) => ({ ...json, created: "yesterday" }), "annotations/3.3.1-annotationCreatedValidated.json"],
        ["both body and bodyValue", (json: Record<string, unknown>) => ({ ...json, bodyValue: "x" }), "annotations/3.2.5-notBodyBodyValue.json"],
      ])("an annotation with %s", (_, breakIt, assertion) => {
        expect(failing(assertions.annotation, breakIt({ ...toW3CAnnotation(samples.comment, URLS) }))).toContain(assertion);
      });

      it("a page with a negative startIndex, and a collection without first", () => {
        expect(failing(assertions.page, { ...toW3CPage(pageInput(1), URLS), startIndex: -1 })).toContain("collections/pages/5.2-pageStartIndexValidated.json");
        const { page: _, ...input } = pageInput(0);
        expect(failing(assertions.collection, { ...toW3CCollection(input, URLS), first: undefined })).toContain("collections/5.1-collectionFirstValidated.json");
      });
    });
  });
}
