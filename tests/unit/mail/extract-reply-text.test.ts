import { describe, expect, it } from "vitest";
import { extractReplyText } from "@/lib/mail/extract-reply-text";

describe("extractReplyText", () => {
  it("keeps what was written above a Gmail-style quote, including a header wrapped over two lines", () => {
    expect(extractReplyText("Agreed.\n\nOn Tue, 2 Dec 2026 at 10:00, Disputatio <notify@x.test> wrote:\n> quoted")).toBe("Agreed.");
    expect(extractReplyText("Agreed.\n\nOn Tue, 2 Dec 2026 at 10:00, Disputatio\n<notify@x.test> wrote:\n> quoted")).toBe("Agreed.");
  });

  it("cuts at Outlook's original-message block and its header rule", () => {
    expect(extractReplyText("Yes\r\n\r\n-----Original Message-----\r\nFrom: Disputatio\r\nquoted")).toBe("Yes");
    expect(extractReplyText("Yes\n________________________________\nFrom: Disputatio <n@x>\nSent: Tuesday")).toBe("Yes");
  });

  it("drops signatures: the RFC 3676 delimiter and mobile footers", () => {
    expect(extractReplyText("Point one.\nPoint two.\n-- \nAda\nCompany")).toBe("Point one.\nPoint two.");
    expect(extractReplyText("Short answer\n\nSent from my iPhone")).toBe("Short answer");
  });

  it("cuts at the first quoted line, and keeps ordinary lines that only look similar", () => {
    expect(extractReplyText("Mine\n> theirs\nmore of theirs")).toBe("Mine");
    expect(extractReplyText("On reflection, the 2014 plan wrote nothing about this.\nSecond line")).toBe("On reflection, the 2014 plan wrote nothing about this.\nSecond line");
    expect(extractReplyText("Dashes -- in the middle stay")).toBe("Dashes -- in the middle stay");
  });

  it("is empty when nothing was written above the quote", () => {
    expect(extractReplyText("\n\nOn Mon, Ada wrote:\n> hi")).toBe("");
    expect(extractReplyText("")).toBe("");
  });
});
