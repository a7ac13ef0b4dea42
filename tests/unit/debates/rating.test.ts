import { describe, expect, it } from "vitest";
import { distributions, meanOf, ratingsOrderSiblings, ratingsVisible, summarizeRatings } from "@/lib/debates/rating";

describe("argument ratings", () => {
  it("aggregates grouped rows into a distribution, a mean and a count", () => {
    const byArgument = distributions([
      { argumentId: "a", value: 4, count: 2 },
      { argumentId: "a", value: 1, count: 1 },
      { argumentId: "b", value: 0, count: 3 },
      { argumentId: "b", value: 9, count: 1 },
    ]);
    expect(byArgument.get("a")).toEqual([0, 1, 0, 0, 2]);
    expect(meanOf(byArgument.get("a")!)).toBe(3);
    expect(meanOf(byArgument.get("b")!)).toBe(0);
    expect(meanOf([0, 0, 0, 0, 0])).toBeNull();
    expect(meanOf([1, 1, 1, 0, 0])).toBe(1);
    expect(meanOf([0, 2, 1, 0, 0])).toBe(1.33);
    expect(summarizeRatings([0, 1, 0, 0, 2], 4, true)).toEqual({ visible: true, mean: 3, count: 3, distribution: [0, 1, 0, 0, 2], mine: 4 });
  });

  it("hides everything that could anchor (mean, count, distribution) but keeps the actor's own", () => {
    expect(summarizeRatings([0, 1, 0, 0, 2], null, false)).toEqual({ visible: false, mean: null, count: 0, distribution: null, mine: null });
    expect(summarizeRatings([0, 1, 0, 0, 2], 2, false).mine).toBe(2);
  });

  it("applies the group's visibility setting", () => {
    const open = { questionClosed: false, ratedByActor: false };
    expect(ratingsVisible("always", open)).toBe(true);
    expect(ratingsVisible("after_rating", open)).toBe(false);
    expect(ratingsVisible("after_rating", { ...open, ratedByActor: true })).toBe(true);
    expect(ratingsVisible("after_close", { ...open, ratedByActor: true })).toBe(false);
    expect(ratingsVisible("after_close", { questionClosed: true, ratedByActor: false })).toBe(true);
    expect(ratingsOrderSiblings("always", false)).toBe(true);
    expect(ratingsOrderSiblings("after_rating", false)).toBe(false);
    expect(ratingsOrderSiblings("after_close", true)).toBe(true);
  });
});
