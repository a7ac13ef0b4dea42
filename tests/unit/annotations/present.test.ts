import { describe, expect, it } from "vitest";
import { presentAnnotation, type AnnotationRow } from "@/lib/annotations/present";

const at = new Date("2026-11-20T10:00:00Z");
function row(fields: Partial<AnnotationRow> = {}): AnnotationRow {
  return {
    id: "a1",
    documentId: "d1",
    kind: "claim",
    body: "A claim.",
    tags: [],
    visibility: "group",
    quote: "Trust is built",
    prefix: "",
    suffix: "",
    start: 0,
    end: 14,
    orphanedAt: null,
    resolvedAt: null,
    hiddenAt: null,
    hiddenReason: null,
    answerId: null,
    revisedAt: null,
    revisionUrl: null,
    revisionNote: null,
    createdAt: at,
    updatedAt: at,
    author: { id: "u1", name: "Ada", color: "#123456", deletedAt: null },
    _count: { replies: 0 },
    ...fields,
  };
}

describe("presentAnnotation: revised in the text", () => {
  it("is null until an author marks the claim revised", () => {
    expect(presentAnnotation(row()).revised).toBeNull();
  });

  it("carries when, the link and the note (who marked it comes with the claim's stances)", () => {
    const revisedAt = new Date("2026-11-21T09:30:00Z");
    expect(presentAnnotation(row({ revisedAt, revisionUrl: "https://example.org/v2", revisionNote: "Softened." })).revised).toEqual({ at: revisedAt.toISOString(), url: "https://example.org/v2", note: "Softened." });
    expect(presentAnnotation(row({ revisedAt, revisionUrl: "https://example.org/v2" })).revised).toEqual({ at: revisedAt.toISOString(), url: "https://example.org/v2", note: null });
  });
});
