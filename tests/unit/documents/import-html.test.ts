import { describe, expect, it } from "vitest";
import { spansText } from "@/lib/documents/import/blocks";
import { parseHtml } from "@/lib/documents/import/parse-html";
import { find, marked, texts } from "./block-helpers";

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the article argues at length, with evidence from three cities and many interviews, that scores travel far beyond credit.</p>`).join("\n");

const page = (article: string, extra = "") => `<!doctype html><html><head><title>Scoring Citizens - The Example Blog</title>
<meta name="author" content="Jane Roe (https://example.org/jane)"><script>track()</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/tags">Tag cloud</a></li></ul></nav>
<div id="sidebar"><h2>Archives</h2><ul><li><a href="/2019">2019</a></li><li><a href="/2018">2018</a></li></ul></div>
<article><h1>Scoring Citizens</h1>${article}</article>
<footer><p>Copyright the Example Blog. All rights reserved. Powered by a static site generator.</p></footer>${extra}</body></html>`;

describe("HTML: the article, not the page", () => {
  it("finds the article with Readability; title and author go to meta", () => {
    const { blocks, meta, notices } = parseHtml(page(prose(6)));
    expect(meta).toEqual({ title: "Scoring Citizens", authors: ["Jane Roe"] });
    const text = texts(blocks).join("\n");
    expect(text).toContain("Paragraph 1 of the article argues");
    expect(text).toContain("Paragraph 6 of the article argues");
    expect(text).not.toMatch(/Tag cloud|Archives|Powered by|Home/);
    expect(texts(blocks)[0]).not.toBe("heading: Scoring Citizens"); // the title is not repeated
    expect(notices).toEqual([{ code: "removed_scripts", count: 1, message: "Removed 1 script." }]);
  });

  it("keeps MathML as its TeX annotation or alt text, inline and display", () => {
    const html = `<p>If the transpose of <math alttext="A"><semantics><mi>A</mi><annotation encoding="application/x-tex">{\\displaystyle A^{\\mathsf {T}}}</annotation></semantics></math> is denoted by <math alttext="{\\displaystyle A^{H}}"><mi>A</mi></math>, then</p>
<math display="block"><semantics><mrow/><annotation encoding="application/x-tex">A = A^{H}</annotation></semantics></math>`;
    const { blocks } = parseHtml(html);
    expect(texts(blocks)).toEqual(["paragraph: If the transpose of A^{\\mathsf {T}} is denoted by A^{H}, then", "math: A = A^{H}"]);
    expect(marked(blocks, "math")).toEqual(["A^{\\mathsf {T}}", "A^{H}"]);
  });

  it("reads MediaWiki formulas hidden from Readability and drops [edit] links", () => {
    const formula = (tex: string) =>
      `<span class="mwe-math-element"><span class="mwe-math-mathml-inline" style="display: none;"><math alttext="{\\displaystyle ${tex}}"><semantics><mi>x</mi><annotation encoding="application/x-tex">{\\displaystyle ${tex}}</annotation></semantics></math></span><img class="mwe-math-fallback-image-inline" alt="{\\displaystyle ${tex}}" src="x.svg"></span>`;
    const article = `<h2><span class="mw-headline">Properties</span><span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2>
${prose(4).replace("Paragraph 2 of", `Paragraph 2, where ${formula("A^{H}")} is the adjoint, of`)}
<dl><dd>${formula("\\langle v,Av\\rangle \\in \\mathbb {R}")}</dd></dl>`;
    const { blocks } = parseHtml(page(article));
    expect(find(blocks, "heading").map((heading) => spansText(heading.spans).trim())).toEqual(["Properties"]);
    expect(texts(blocks).join("\n")).toContain("Paragraph 2, where A^{H} is the adjoint, of");
    expect(find(blocks, "math").map((math) => spansText(math.spans))).toEqual(["\\langle v,Av\\rangle \\in \\mathbb {R}"]);
  });

  it("makes marked-up footnotes the contract's footnotes and a bibliography list reference entries", () => {
    const html = `<p>Scores travel<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a> far.<sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<section class="footnotes"><hr><ol><li id="fn1"><p>Counted in 2024. <a href="#fnref1" class="footnote-back">↩︎</a></p></li></ol></section>
<h2>References</h2><ol class="references"><li id="cite_note-1">Smith, J. (2020). Trust.</li><li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">^</a></span> Lee, K. (2019). Credit.</li></ol>`;
    const { blocks } = parseHtml(html);
    const [paragraph] = find(blocks, "paragraph");
    expect(paragraph.spans.find((span) => span.marks.some((mark) => mark.type === "footnoteRef"))).toEqual({
      text: "1",
      marks: [{ type: "footnoteRef", attrs: { id: "fn-1" } }],
    });
    expect(spansText(paragraph.spans)).toBe("Scores travel1 far.[2]");
    const [references] = find(blocks, "references");
    expect(references.children.map((entry) => [entry.key, entry.label, spansText(entry.spans).trim()])).toEqual([
      ["ref-1", "1.", "Smith, J. (2020). Trust."],
      ["ref-2", "2.", "Lee, K. (2019). Credit."],
    ]);
    const footnotes = blocks[blocks.length - 1];
    expect(footnotes.kind).toBe("footnotes");
    expect(texts([footnotes])).toEqual(["paragraph: Counted in 2024."]);
  });

  it("keeps figures with their captions, tables with header cells and captions, code with its language", () => {
    const html = `<figure><img src="a.png" alt="ignored when captioned"><figcaption>Figure 2. Scores by city.</figcaption></figure>
<figure><img src="b.png" alt="A map of the cities"></figure>
<table><caption>Table 1. Documents read</caption><thead><tr><th>City</th><th>Documents</th></tr></thead><tbody><tr><td>Rongcheng</td><td>12</td></tr></tbody></table>
<pre><code class="language-python">def f():
    return 1</code></pre>
<blockquote><p>Trust is the foundation.</p></blockquote>
<ul><li>One<ul><li>Nested</li></ul></li><li>Two</li></ul><ol start="4"><li>Four</li></ol>`;
    const { blocks } = parseHtml(html);
    expect(find(blocks, "caption").map((caption) => [caption.label, spansText(caption.spans)])).toEqual([
      ["figure", "Figure 2. Scores by city."],
      ["figure", "A map of the cities"],
      ["table", "Table 1. Documents read"],
    ]);
    const [table] = find(blocks, "table");
    expect(table.children.map((row) => row.children.map((cell) => cell.header))).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(find(blocks, "code").map((code) => [code.language, spansText(code.spans)])).toEqual([["python", "def f():\n    return 1"]]);
    expect(texts(find(blocks, "blockquote"))).toEqual(["paragraph: Trust is the foundation."]);
    const lists = blocks.filter((block) => block.kind === "list");
    expect(lists.map((list) => list.kind === "list" && [list.ordered, list.start])).toEqual([
      [false, undefined],
      [true, 4],
    ]);
    expect(find([lists[0]], "list")).toHaveLength(2);
  });

  it("removes event handlers and dangerous URLs, keeping the text, and counts them", () => {
    const { blocks, notices } = parseHtml(
      '<p onclick="a()" onmouseover="b()">Hello <a href="javascript:steal()">there</a> <a href="https://ok.example">friend</a> <iframe srcdoc="<script>x()</script>"></iframe>.</p>',
    );
    expect(texts(blocks)).toEqual(["paragraph: Hello there friend ."]);
    expect(marked(blocks, "link")).toEqual(["friend"]);
    expect(notices.map((notice) => [notice.code, notice.count])).toEqual([
      ["removed_event_handlers", 2],
      ["removed_unsafe_urls", 2],
    ]);
  });
});
