import { describe, expect, it } from "vitest";
import { mailConfig } from "@/lib/mail/config";
import { escapeHtml, oneLine, renderHtml, renderText, type MailContent } from "@/lib/mail/templates";
import { replySecretOf, signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/mail/tokens";

const SECRET = "unit-test-secret-0123456789";

describe("unsubscribe tokens", () => {
  it("round-trips a claim and refuses any change, another secret or garbage", () => {
    const token = signUnsubscribeToken({ userId: "u1", kind: "digest", groupId: "g1" }, SECRET);
    expect(verifyUnsubscribeToken(token, SECRET)).toEqual({ userId: "u1", kind: "digest", groupId: "g1" });
    const [payload, signature] = token.split(".");
    const other = Buffer.from(JSON.stringify(["u2", "digest", "g1"])).toString("base64url");
    expect(verifyUnsubscribeToken(`${other}.${signature}`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(`${payload}.${signature}x`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(token, "another-secret-0123456789")).toBeNull();
    const unknownKind = Buffer.from(JSON.stringify(["u1", "everything", null])).toString("base64url");
    expect(verifyUnsubscribeToken(signUnsubscribeToken({ userId: "u1", kind: "replies", groupId: null }, SECRET).replace(/^[^.]+/u, unknownKind), SECRET)).toBeNull();
    for (const junk of ["", ".", "a.b.c", "%%%.%%%", "x".repeat(500)]) expect(verifyUnsubscribeToken(junk, SECRET)).toBeNull();
  });

  it("reads the secret of reply addresses only", () => {
    expect(replySecretOf("reply+0123456789abcdef0123@disputatio.test")).toBe("0123456789abcdef0123");
    expect(replySecretOf("REPLY+0123456789ABCDEF0123@Disputatio.test")).toBe("0123456789abcdef0123");
    expect(replySecretOf("reply+short@x")).toBeNull();
    expect(replySecretOf("postmaster@disputatio.test")).toBeNull();
  });
});

describe("mail templates", () => {
  const content: MailContent = {
    subject: "Ada <script> replied",
    blocks: [
      { type: "text", text: "<img src=x onerror=alert(1)> & \"quotes\"" },
      { type: "quote", text: "line one\nline two" },
      { type: "list", items: [{ text: "<b>item</b>", url: "http://app/x?a=1&b=\"2\"" }] },
      { type: "button", label: "Open", url: "http://app/documents/1" },
    ],
    footer: { reason: "Because.", unsubscribeUrl: "http://app/api/mail/unsubscribe/t", settingsUrl: "http://app/settings#mail", replyHint: "Reply to answer." },
  };

  it("escapes every piece of text and every attribute in HTML", () => {
    const html = renderHtml(content);
    expect(html).not.toMatch(/<img|<script|<b>/u);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;");
    expect(html).toContain('href="http://app/x?a=1&amp;b=&quot;2&quot;"');
    expect(escapeHtml("'")).toBe("&#39;");
  });

  it("renders the same content as plain text, with the unsubscribe and settings links", () => {
    const text = renderText(content);
    expect(text).toContain("| line one\n| line two");
    expect(text).toContain("- <b>item</b>\n  http://app/x?a=1&b=\"2\"");
    expect(text).toContain("Stop these e-mails: http://app/api/mail/unsubscribe/t");
    expect(text).toContain("Reply to answer.");
  });

  it("keeps subjects to one line without control characters", () => {
    expect(oneLine("a\r\nBcc: victim@x\tb")).toBe("a Bcc: victim@x b");
  });
});

describe("mail configuration", () => {
  it("is on with SMTP_URL and MAIL_FROM, prints to the log on the embedded demo without them, and is off otherwise", () => {
    expect(mailConfig({ SMTP_URL: "smtp://h:25", MAIL_FROM: "D <d@example.org>" })).toMatchObject({ mode: "smtp", domain: "example.org", delayMs: 600_000 });
    expect(mailConfig({ SMTP_URL: "smtp://h:25" }).mode).toBe("off");
    expect(mailConfig({ DISPUTATIO_EMBEDDED_DATABASE: "1" }).mode).toBe("log");
    expect(mailConfig({}).mode).toBe("off");
    expect(mailConfig({ SMTP_URL: "smtp://h", MAIL_FROM: "d@x.org", MAIL_REPLY_DOMAIN: "in.x.org", INBOUND_SMTP_PORT: "2525", NEXTAUTH_URL: "https://app.x.org/" })).toMatchObject({
      domain: "in.x.org",
      inboundPort: 2525,
      appUrl: "https://app.x.org",
    });
  });
});
