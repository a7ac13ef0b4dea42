import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { AnchorError, anchorFromTextQuote, describeSelection } from "@/lib/annotations/anchoring";
import { fromW3CAnnotation, toW3CAnnotation } from "@/lib/annotations/w3c";
import { offsetOf, samplePlainText, sampleAnnotations, URLS } from "@/tests/fixtures/annotations/sample-annotations";

const THIRD_PARTY = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/annotations/third-party-annotation.json"), "utf8")) as Record<string, unknown>;

let text: string;
let samples: ReturnType<typeof sampleAnnotations>;
beforeAll(async () => {
  text = await samplePlainText();
  samples = sampleAnnotations(text);
});

function issuesOf(json: unknown): [string, string][] {
  try {
    fromW3CAnnotation(json);
  } catch (error) {
    if (error instanceof ZodError) return error.issues.map((issue) => [issue.path.join("."), issue.message]);
    throw error;
  }
  return [];
}

describe("fromW3CAnnotation(toW3CAnnotation(dto)) round trip", () => {
  it.each(["comment", "question", "claim", "unreviewedClaim", "cjk"] as const)("keeps a %s's body, tags, kind, quote and position", (name) => {
    const dto = samples[name];
    const input = fromW3CAnnotation(JSON.parse(JSON.stringify(toW3CAnnotation(dto, URLS))));
    expect(input).toEqual({
      body: dto.body,
      tags: dto.tags,
      kind: dto.kind,
      quoteSelector: { exact: dto.anchor.quote, prefix: dto.anchor.prefix, suffix: dto.anchor.suffix },
      positionHint: { start: dto.anchor.start, end: dto.anchor.end },
    });
    expect(anchorFromTextQuote(input.quoteSelector, text, input.positionHint)).toEqual({ start: dto.anchor.start, end: dto.anchor.end, method: "position" });
  });

  it("re-anchors an orphaned annotation by its quote alone (it exports no position)", () => {
    const input = fromW3CAnnotation(toW3CAnnotation(samples.orphaned, URLS));
    expect(input.positionHint).toBeNull();
    const start = offsetOf(text, samples.orphaned.anchor.quote);
    expect(anchorFromTextQuote(input.quoteSelector, text, input.positionHint)).toEqual({ start, end: start + samples.orphaned.anchor.quote.length, method: "exact" });
  });
});

describe("fromW3CAnnotation on annotations made elsewhere", () => {
  it("reads another tool's annotation: text body, tags, the quote among other selectors", () => {
    expect(fromW3CAnnotation(THIRD_PARTY)).toEqual({
      body: "Compare with credit scoring in the West.",
      tags: ["comparison", "west"],
      kind: "comment",
      quoteSelector: {
        exact: '"blurs the line between state and non-state actors" and "is [also] instituting',
        prefix: "Social Credit System (hereinafter 'SCS') ",
        suffix: ' cybernetic mechanisms of behavioural control" (Creemers, 2018).',
      },
      positionHint: { start: 1164, end: 1222 },
    });
  });

  it("takes bodyValue, a questioning motivation, bodies without a purpose under a tagging motivation", () => {
    const target = { source: "https://x.example/p", selector: { type: "TextQuoteSelector", exact: "social credit system" } };
    expect(fromW3CAnnotation({ type: "Annotation", motivation: "questioning", bodyValue: "Which one?", target })).toMatchObject({ body: "Which one?", kind: "question", tags: [], positionHint: null });
    expect(fromW3CAnnotation({ type: ["Annotation"], motivation: "tagging", body: [{ type: "TextualBody", value: "scs" }], target: [target] })).toMatchObject({ body: "", tags: ["scs"], kind: "comment" });
    expect(fromW3CAnnotation({ type: "Annotation", body: [{ value: "claim", purpose: "classifying" }, { value: "key", purpose: "classifying" }, { value: "disputed", purpose: "assessing" }], target })).toMatchObject({ body: "", kind: "claim", tags: ["key"] });
  });

  it("keeps script in a body as written (it is rendered inert, never run)", () => {
    expect(fromW3CAnnotation(toW3CAnnotation(samples.cjk, URLS)).body).toContain("<script>alert('kept as text')</script>");
  });

  it.each([
    ["not an object", null, "", "A W3C annotation must be a JSON object."],
    ["another type", { ...THIRD_PARTY, type: "AnnotationPage" }, "type", 'The type must be "Annotation".'],
    ["both body and bodyValue", { ...THIRD_PARTY, bodyValue: "x" }, "bodyValue", "An annotation has either body or bodyValue, not both."],
    ["a link as body", { ...THIRD_PARTY, body: "https://example.org/note" }, "body.0", "A body must be an object with a text value: links to other resources cannot be imported."],
    ["an external resource as body", { ...THIRD_PARTY, body: { id: "https://example.org/image.png" } }, "body.0.value", "A body needs a text value: only textual bodies (TextualBody) can be imported."],
    ["a whole-document target", { ...THIRD_PARTY, target: "https://example.org/paper" }, "target.0", "The target must be an object selecting a passage (a source with a TextQuoteSelector)."],
    ["two targets", { ...THIRD_PARTY, target: [THIRD_PARTY.target, THIRD_PARTY.target] }, "target", "Only annotations with exactly one target can be imported."],
    ["no TextQuoteSelector", { ...THIRD_PARTY, target: { selector: { type: "TextPositionSelector", start: 1, end: 2 } } }, "target.0.selector", "The target has no TextQuoteSelector: the passage cannot be found."],
    ["an empty quote", { ...THIRD_PARTY, target: { selector: { type: "TextQuoteSelector", exact: " " } } }, "target.0.selector.0.exact", "The quoted text (exact) is empty."],
    ["a quote over 5,000 characters", { ...THIRD_PARTY, target: { selector: { type: "TextQuoteSelector", exact: "x".repeat(5001) } } }, "target.0.selector.0.exact", "A quote is at most 5,000 characters."],
    ["a backwards position", { ...THIRD_PARTY, target: { selector: [{ type: "TextQuoteSelector", exact: "a" }, { type: "TextPositionSelector", start: 9, end: 2 }] } }, "target.0.selector.1.end", "A TextPositionSelector's end must come after its start."],
    ["a selector without type", { ...THIRD_PARTY, target: { selector: [{ exact: "a" }] } }, "target.0.selector.0.type", "Each selector needs a type."],
    ["a body over 10,000 characters", { ...THIRD_PARTY, body: { type: "TextualBody", value: "x".repeat(10_001) } }, "body", "A body is at most 10,000 characters."],
    ["a tag over 50 characters", { ...THIRD_PARTY, body: { type: "TextualBody", value: "t".repeat(51), purpose: "tagging" } }, "tags.0", "A tag is at most 50 characters."],
    ["more than 20 tags", { ...THIRD_PARTY, body: Array.from({ length: 21 }, (_, i) => ({ value: `tag${i}`, purpose: "tagging" })) }, "tags", "At most 20 tags."],
  ])("refuses %s, naming the field", (_, json, field, message) => {
    expect(issuesOf(json)).toContainEqual([field, message]);
  });
});

describe("anchorFromTextQuote over the sample paper", () => {
  it("anchors another tool's quote approximately (straight quotes for the paper's curly ones)", () => {
    const input = fromW3CAnnotation(THIRD_PARTY);
    const found = anchorFromTextQuote(input.quoteSelector, text, input.positionHint);
    const expected = "“blurs the line between state and non-state actors” and “is [also] instituting";
    const start = offsetOf(text, expected);
    expect(found).toEqual({ start, end: start + expected.length, method: "fuzzy" });
    expect(describeSelection(text, found!.start, found!.end).quote).toBe(expected);
  });

  it("uses context of any length, and the position hint, to choose among repeated phrases", () => {
    const phrase = "social credit system";
    const sixth = offsetOf(text, phrase, 6);
    const longContext = { exact: phrase, prefix: text.slice(sixth - 80, sixth), suffix: text.slice(sixth + phrase.length, sixth + phrase.length + 80) };
    expect(anchorFromTextQuote(longContext, text)).toEqual({ start: sixth, end: sixth + phrase.length, method: "exact" });
    const third = offsetOf(text, phrase, 2);
    expect(anchorFromTextQuote({ exact: phrase }, text, { start: third + 40, end: third + 60 })).toEqual({ start: third, end: third + phrase.length, method: "exact" });
    expect(anchorFromTextQuote({ exact: phrase }, text)).toMatchObject({ start: offsetOf(text, phrase, 0) });
  });

  it("anchors Chinese quotes", () => {
    const start = offsetOf(text, "社会信用", 1);
    expect(anchorFromTextQuote({ exact: "社会信用", prefix: "the term ", suffix: ", which" }, text)).toEqual({ start, end: start + 4, method: "exact" });
  });

  it("returns null for a quote the paper does not contain (imported as orphaned)", () => {
    expect(anchorFromTextQuote({ exact: "This sentence appears nowhere in the paper at all." }, text)).toBeNull();
  });

  it("refuses an empty or overlong quote", () => {
    expect(() => anchorFromTextQuote({ exact: "  " }, text)).toThrow(AnchorError);
    expect(() => anchorFromTextQuote({ exact: "x".repeat(5001) }, text)).toThrowError(expect.objectContaining({ code: "too_long" }));
  });
});
