import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "@/lib/groups/describe-audit-event";

const base = { actorName: "Mo", targetName: "", data: {} };

describe("describeAuditEvent for debate moderation", () => {
  it("names question phase changes", () => {
    expect(describeAuditEvent({ ...base, action: "question.close" })).toBe("Mo closed a debate with an outcome.");
    expect(describeAuditEvent({ ...base, action: "question.dismiss" })).toBe("Mo dismissed a proposed question.");
  });

  it("names argument moderation with the reason when there is one", () => {
    expect(describeAuditEvent({ ...base, action: "argument.hidden", data: { reason: "off topic" } })).toBe("Mo hid an argument (reason: “off topic”).");
    expect(describeAuditEvent({ ...base, action: "argument.merged" })).toBe("Mo merged a duplicate argument into another.");
    expect(describeAuditEvent({ ...base, action: "argument.unmerged" })).toBe("Mo undid the merge of a duplicate argument.");
  });

  it("names the group's debate settings change and falls back for unknown actions", () => {
    expect(describeAuditEvent({ ...base, action: "group.settings-changed" })).toBe("Mo changed the group's debate settings.");
    expect(describeAuditEvent({ ...base, action: "flags.dismissed" })).toBe("Mo dismissed the flags on a piece of content.");
    expect(describeAuditEvent({ ...base, action: "something.new" })).toBe("Mo: something.new.");
  });
});
