import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DomainError } from "@/lib/documents/errors";
import { locateQuote, resolveEvidence } from "@/lib/claims/evidence";
import { setStanceInput } from "@/lib/claims/schemas";

const paper = {
  plainText: "Scores shape behaviour (Creemers, 2018). Trust is built. 社会信用体系 is the system. Trust is built.",
  citations: [{ key: "creemers-2018", label: "Creemers, 2018" }],
};

function fieldErrors(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return (error.details as { fields: Record<string, string> }).fields;
    if (error instanceof ZodError) return Object.fromEntries(error.issues.map((issue) => [issue.path.join("."), issue.message]));
    throw error;
  }
  throw new Error("Expected a failure.");
}

describe("stance input", () => {
  const parse = (input: unknown) => () => setStanceInput.parse(input);

  it("requires a value and a reason of 1 to 2,000 characters, kept as written", () => {
    expect(fieldErrors(parse({ value: "supported" }))).toEqual({ reason: "A stance needs a reason." });
    expect(fieldErrors(parse({ value: "supported", reason: " \t" }))).toEqual({ reason: "A stance needs a reason." });
    expect(fieldErrors(parse({ value: "supported", reason: "é".repeat(2001) })).reason).toMatch(/2,000/);
    expect(fieldErrors(parse({ reason: "Why" })).value).toBeDefined();
    expect(setStanceInput.parse({ value: "contested", reason: "  <b>as written</b> " })).toEqual({ value: "contested", reason: "  <b>as written</b> ", evidence: [] });
  });

  it("takes http and https links only", () => {
    const link = (url: string) => parse({ value: "supported", reason: "r", evidence: [{ type: "url", url }] });
    expect(link("https://example.org/a?b=c")()).toMatchObject({ evidence: [{ url: "https://example.org/a?b=c" }] });
    expect(link("http://example.org")()).toMatchObject({ evidence: [{ url: "http://example.org" }] });
    for (const bad of ["javascript:alert(1)", "data:text/html,<script>", "ftp://example.org", "example.org", "", `https://example.org/${"a".repeat(2000)}`]) {
      expect(fieldErrors(link(bad))["evidence.0.url"]).toBeDefined();
    }
  });

  it("takes at most ten pieces of evidence of known kinds", () => {
    const many = Array.from({ length: 11 }, () => ({ type: "url", url: "https://example.org" }));
    expect(fieldErrors(parse({ value: "supported", reason: "r", evidence: many })).evidence).toBe("At most 10 pieces of evidence.");
    expect(fieldErrors(parse({ value: "supported", reason: "r", evidence: [{ type: "rumour" }] }))["evidence.0.type"]).toBeDefined();
    expect(fieldErrors(parse({ value: "supported", reason: "r", evidence: [{ type: "passage", start: 4, end: 4, quote: "x" }] }))["evidence.0.end"]).toBeDefined();
    expect(fieldErrors(parse({ value: "supported", reason: "r", evidence: [{ type: "citation", key: " " }] }))["evidence.0.key"]).toBeDefined();
  });
});

describe("evidence against the paper", () => {
  it("labels the paper's own citations and refuses others", () => {
    expect(resolveEvidence([{ type: "citation", key: "creemers-2018" }], paper)).toEqual([{ type: "citation", key: "creemers-2018", label: "Creemers, 2018" }]);
    expect(fieldErrors(() => resolveEvidence([{ type: "url", url: "https://a.example" }, { type: "citation", key: "smith-2020" }], paper))).toEqual({
      "evidence.1.key": "Not one of this paper's citations.",
    });
  });

  it("accepts a passage whose quote is in the text, moving its offsets to the nearest occurrence", () => {
    const first = paper.plainText.indexOf("Trust is built.");
    const second = paper.plainText.lastIndexOf("Trust is built.");
    const passage = (start: number, quote = "Trust is built.") => resolveEvidence([{ type: "passage", start, end: start + quote.length, quote }], paper)[0];
    expect(passage(first)).toEqual({ type: "passage", start: first, end: first + 15, quote: "Trust is built." });
    expect(passage(second - 4)).toMatchObject({ start: second, end: second + 15 });
    expect(passage(0)).toMatchObject({ start: first });
    const cjk = paper.plainText.indexOf("社会信用体系");
    expect(passage(0, "社会信用体系")).toEqual({ type: "passage", start: cjk, end: cjk + 6, quote: "社会信用体系" });
    expect(fieldErrors(() => passage(3, "Trust is earned."))).toEqual({ "evidence.0.quote": "This passage is not in the paper." });
  });

  it("finds the occurrence nearest a position", () => {
    expect(locateQuote("ab ab ab", "ab", 4)).toBe(3);
    expect(locateQuote("ab ab ab", "ab", 5)).toBe(6);
    expect(locateQuote("ab ab ab", "ab", 0)).toBe(0);
    expect(locateQuote("ab ab ab", "ba", 0)).toBe(-1);
  });
});
