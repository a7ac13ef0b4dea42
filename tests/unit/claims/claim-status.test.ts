import { describe, expect, it } from "vitest";
import { claimStatus, contestedness } from "@/lib/annotations/claim-status";
import { sortClaims, type SortableClaim } from "@/lib/claims/sort-claims";

describe("claim status", () => {
  it.each([
    [0, 0, "unreviewed"],
    [1, 0, "supported"],
    [7, 0, "supported"],
    [0, 1, "contested"],
    [0, 9, "contested"],
    [1, 1, "disputed"],
    [12, 1, "disputed"],
    [1, 30, "disputed"],
  ] as const)("%i supported, %i contested: %s", (supported, contested, status) => {
    expect(claimStatus(supported, contested)).toBe(status);
  });
});

describe("contestedness ordering", () => {
  const claim = (id: string, supported: number, contested: number, start: number, createdAt: string): SortableClaim => ({ id, createdAt, anchor: { start }, claim: { supported, contested } });
  // A fixture like a seminar's claims panel.
  const fixture = [
    claim("unreviewed", 0, 0, 10, "2026-01-01T10:00:00.000Z"),
    claim("landslide", 20, 0, 20, "2026-01-01T10:05:00.000Z"),
    claim("balanced", 5, 5, 30, "2026-01-01T10:01:00.000Z"),
    claim("close", 6, 4, 40, "2026-01-01T10:03:00.000Z"),
    claim("lopsided", 9, 1, 50, "2026-01-01T10:02:00.000Z"),
    claim("lone-doubt", 0, 1, 60, "2026-01-01T10:04:00.000Z"),
    claim("balanced-too", 5, 5, 5, "2026-01-01T10:06:00.000Z"),
  ];
  const ids = (items: SortableClaim[]) => items.map((item) => item.id);

  it("counts a claim without stances as least contested", () => {
    const bare = { id: "bare", createdAt: "2026-01-01T09:00:00.000Z", anchor: { start: 99 } };
    expect(ids(sortClaims([bare, ...fixture], "contested")).at(-1)).toBe("bare");
  });

  it("puts the most contested first: the larger smaller side, then more stances; ties in reading order", () => {
    expect(ids(sortClaims(fixture, "contested"))).toEqual(["balanced-too", "balanced", "close", "lopsided", "landslide", "lone-doubt", "unreviewed"]);
  });

  it("ranks a disputed claim above any one-sided one of similar size", () => {
    expect(contestedness(1, 1)).toBeGreaterThan(contestedness(20, 0));
    expect(contestedness(5, 5)).toBeGreaterThan(contestedness(6, 4));
    expect(contestedness(6, 4)).toBeGreaterThan(contestedness(4, 3));
  });

  it("sorts by recency (newest first) and by position", () => {
    expect(ids(sortClaims(fixture, "recent"))).toEqual(["balanced-too", "landslide", "lone-doubt", "close", "lopsided", "balanced", "unreviewed"]);
    expect(ids(sortClaims(fixture, "position"))).toEqual(["balanced-too", "unreviewed", "landslide", "balanced", "close", "lopsided", "lone-doubt"]);
  });

  it("leaves its input untouched", () => {
    const before = ids(fixture);
    sortClaims(fixture, "contested");
    expect(ids(fixture)).toEqual(before);
  });
});
