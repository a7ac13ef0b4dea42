import { describe, expect, it } from "vitest";
import { findMentions } from "@/lib/threads/mentions";

const ada = { id: "u1", name: "Ada" };
const adaLovelace = { id: "u2", name: "Ada Lovelace" };
const grace = { id: "u3", name: "Grace Hopper" };
const zhang = { id: "u4", name: "张伟" };
const zhangSan = { id: "u5", name: "张三丰" };
const members = [ada, adaLovelace, grace, zhang, zhangSan];

const ids = (body: string, list = members) => findMentions(body, list).map((member) => member.id);

describe("findMentions", () => {
  it("finds a single-word name, case-insensitively", () => {
    expect(ids("Thanks @ada, good point")).toEqual(["u1"]);
    expect(ids("@ADA")).toEqual(["u1"]);
  });

  it("prefers the longest member name written after the @", () => {
    expect(ids("@Ada Lovelace disagrees")).toEqual(["u2"]);
    expect(ids("@ada   lovelace disagrees")).toEqual(["u2"]);
    expect(ids("@Ada said so")).toEqual(["u1"]);
  });

  it("reads multiword names written in brackets", () => {
    expect(ids("cc @[Grace Hopper] and @[ada lovelace]")).toEqual(["u3", "u2"]);
    expect(ids("@[ Grace   Hopper ]")).toEqual(["u3"]);
    expect(ids("@[Grace] @[Nobody Here]")).toEqual([]);
  });

  it("ends a name at punctuation but not inside a longer word", () => {
    expect(ids("(@Ada), @Grace Hopper. @Ada's point; @Ada!")).toEqual(["u1", "u3"]);
    expect(ids("@Adam and @Adalbert")).toEqual([]);
    expect(ids("@Ada_x")).toEqual([]);
  });

  it("does not take email addresses or code for mentions", () => {
    expect(ids("write to ada@example.com or grace.hopper@navy.mil")).toEqual([]);
    expect(ids("run `@Ada` or\n```\n@Grace Hopper\n```\n")).toEqual([]);
  });

  it("does not run a name across a line break", () => {
    expect(ids("@Ada\nLovelace")).toEqual(["u1"]);
  });

  it("finds CJK names with or without a space after them", () => {
    expect(ids("@张伟 你怎么看？")).toEqual(["u4"]);
    expect(ids("请@张伟看看")).toEqual(["u4"]);
    expect(ids("@张三丰说")).toEqual(["u5"]);
    expect(ids("@[张三丰]")).toEqual(["u5"]);
  });

  it("lists each member once, in order of first mention", () => {
    expect(ids("@Grace Hopper @Ada @grace hopper @ada")).toEqual(["u3", "u1"]);
  });

  it("mentions every member who shares a name (it cannot tell them apart)", () => {
    const twins = [{ id: "a", name: "Sam" }, { id: "b", name: "sam" }];
    expect(ids("@Sam hi", twins)).toEqual(["a", "b"]);
  });

  it("ignores members without a name and bodies without an @", () => {
    expect(ids("@ hello", [{ id: "x", name: "  " }])).toEqual([]);
    expect(ids("no mentions here")).toEqual([]);
    expect(ids("a lone @ sign")).toEqual([]);
  });

  it("matches names written in another Unicode normal form", () => {
    const zoe = { id: "z", name: "Zoe\u0301" };
    expect(ids("@Zo\u00e9, bonjour", [zoe])).toEqual(["z"]);
  });
});
