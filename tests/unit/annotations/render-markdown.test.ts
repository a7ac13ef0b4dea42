import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/annotations/render-markdown";

describe("renderMarkdown", () => {
  it("renders the Markdown people write in comments", () => {
    expect(renderMarkdown("**bold** and *em* and `code`")).toBe("<p><strong>bold</strong> and <em>em</em> and <code>code</code></p>\n");
    expect(renderMarkdown("> quoted")).toContain("<blockquote>");
    expect(renderMarkdown("- one\n- two")).toContain("<li>one</li>");
    expect(renderMarkdown("# Heading")).toContain("<h3>Heading</h3>");
  });

  it("keeps safe links, marked as user content that opens elsewhere", () => {
    const html = renderMarkdown("[source](https://example.org/a?b=1)");
    expect(html).toContain('href="https://example.org/a?b=1"');
    expect(html).toContain('rel="noopener noreferrer nofollow ugc"');
  });

  const payloads = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<svg onload=alert(1)>",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
    '<a href="javascript:alert(1)">x</a>',
    '"><script>alert(1)</script>',
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "![x](x\" onerror=\"alert(1))",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
  ];

  it.each(payloads)("leaves %s inert", (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<script|<iframe|<svg|<img|<style|<math/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src)\s*=\s*"(javascript|data):/i);
    expect(html).not.toMatch(/style=/i);
  });
});
