import { describe, expect, it } from "vitest";
import { describeInboxItem, excerptOf } from "@/lib/threads/describe-inbox-item";

describe("inbox sentences", () => {
  it("says who did what", () => {
    const about = { reply: true, data: {} };
    expect(describeInboxItem("reply", "Ada", about)).toBe("Ada replied to your annotation.");
    expect(describeInboxItem("reply-to-reply", "Ada", about)).toBe("Ada replied to you.");
    expect(describeInboxItem("mention", "Ada", about)).toBe("Ada mentioned you.");
    expect(describeInboxItem("answer", "Ada", about)).toBe("Ada marked your reply as the answer.");
  });

  it("gives a moderator's reason for hiding, when there is one", () => {
    expect(describeInboxItem("hidden", "Mo", { reply: true, data: { reason: "off topic" } })).toBe("A moderator hid your reply: off topic");
    expect(describeInboxItem("hidden", "Mo", { reply: false, data: {} })).toBe("A moderator hid your annotation.");
    expect(describeInboxItem("restored", "Mo", { reply: true, data: {} })).toBe("A moderator restored your reply.");
  });

  it("says when the hidden thing is a debate argument", () => {
    expect(describeInboxItem("hidden", "Mo", { reply: false, data: { targetType: "argument", reason: "duplicate" } })).toBe("A moderator hid your argument: duplicate");
    expect(describeInboxItem("restored", "Mo", { reply: false, data: { targetType: "argument" } })).toBe("A moderator restored your argument.");
  });

  it("cuts long bodies to one line", () => {
    expect(excerptOf("one\n\ntwo   three")).toBe("one two three");
    const long = excerptOf("字".repeat(400));
    expect(Array.from(long)).toHaveLength(160);
    expect(long.endsWith("…")).toBe(true);
  });
});
