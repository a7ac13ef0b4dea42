import { describe, expect, it } from "vitest";
import { assignPseudonyms, pseudonymAt, PSEUDONYM_COUNT, startIndex } from "@/lib/debates/pseudonyms";

const users = Array.from({ length: 40 }, (_, i) => `user-${i}`);

describe("anonymous pseudonyms", () => {
  it("are adjective + animal, all distinct over the list, numbered past its end", () => {
    const names = Array.from({ length: PSEUDONYM_COUNT }, (_, i) => pseudonymAt(i));
    expect(new Set(names).size).toBe(PSEUDONYM_COUNT);
    expect(names[0]).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(pseudonymAt(PSEUDONYM_COUNT)).toBe(`${names[0]} 2`);
  });

  it("are stable per question: the same inputs give the same names, whatever the order", () => {
    const first = assignPseudonyms("q1", users, []);
    const again = assignPseudonyms("q1", [...users].reverse(), []);
    expect(again).toEqual(first);
    expect(startIndex("q1", "user-1")).toBe(startIndex("q1", "user-1"));
  });

  it("are unique within a question, probing past names already taken", () => {
    const names = assignPseudonyms("q1", users, []);
    expect(new Set(names.values()).size).toBe(users.length);
    const wanted = pseudonymAt(startIndex("q1", "late"));
    const late = assignPseudonyms("q1", ["late"], [wanted]);
    expect(late.get("late")).not.toBe(wanted);
    expect(late.get("late")).toBe(pseudonymAt(startIndex("q1", "late") + 1));
  });

  it("differ across questions for the same member", () => {
    const one = assignPseudonyms("q1", users, []);
    const two = assignPseudonyms("q2", users, []);
    const same = users.filter((user) => one.get(user) === two.get(user));
    expect(same.length).toBeLessThan(3);
  });
});
