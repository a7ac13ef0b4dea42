import { describe, expect, it } from "vitest";
import { spansText } from "@/lib/documents/import/blocks";
import { parseMarkdown } from "@/lib/documents/import/parse-markdown";
import { find, marked, texts } from "./block-helpers";

describe("Markdown front matter", () => {
  it("goes to meta, never to the body; its abstract becomes the abstract block", () => {
    const { blocks, meta } = parseMarkdown(
      [
        "---",
        'title: "Lessons learned"',
        "authors:",
        "  - name: Ronald M. Visser",
        "    orcid_id: 0000-0001",
        "  - Karsten Lambers",
        "abstract: |",
        "  First *paragraph* of the abstract.",
        "",
        "  Second one.",
        "bibliography: references.bib",
        "---",
        "",
        "# Introduction",
        "",
        "Body text.",
      ].join("\n"),
    );
    expect(meta).toMatchObject({ title: "Lessons learned", authors: ["Ronald M. Visser", "Karsten Lambers"] });
    expect(meta.frontMatter).toMatchObject({ bibliography: "references.bib" });
    expect(blocks[0].kind).toBe("abstract");
    expect(texts([blocks[0]])).toEqual(["paragraph: First paragraph of the abstract.", "paragraph: Second one."]);
    expect(texts(blocks).join(" ")).not.toMatch(/orcid|bibliography|title:/);
    expect(texts(blocks.slice(1))).toEqual(["heading: Introduction", "paragraph: Body text."]);
  });

  it("unreadable YAML is left out with a notice, not shown", () => {
    const { blocks, notices } = parseMarkdown("---\ntitle: [unclosed\n---\n\nText.");
    expect(texts(blocks)).toEqual(["paragraph: Text."]);
    expect(notices.map((notice) => notice.code)).toEqual(["front_matter_unreadable"]);
  });
});

describe("Markdown structure through remark", () => {
  it("keeps nested lists (ordered with their start), task lists, code with its language, and tables", () => {
    const { blocks } = parseMarkdown(
      [
        "3. third",
        "4. fourth",
        "   - nested *a*",
        "   - nested b",
        "",
        "- [x] done",
        "- [ ] open",
        "",
        "```python",
        "def f():",
        "    return 1",
        "```",
        "",
        "    indented code",
        "      keeps its spaces",
        "",
        "| City | Documents |",
        "| :--- | ---: |",
        "| Rongcheng | 12 |",
        "| Suzhou | |",
      ].join("\n"),
    );
    const [ordered, tasks] = blocks.filter((block) => block.kind === "list");
    expect(ordered).toMatchObject({ kind: "list", ordered: true, start: 3 });
    expect(find([ordered], "list").map((list) => list.ordered)).toEqual([true, false]);
    expect(texts([ordered])).toEqual(["paragraph: third", "paragraph: fourth", "paragraph: nested a", "paragraph: nested b"]);
    expect(texts([tasks])).toEqual(["paragraph: [x] done", "paragraph: [ ] open"]);
    expect(find(blocks, "code").map((code) => [code.language, spansText(code.spans)])).toEqual([
      ["python", "def f():\n    return 1"],
      [undefined, "indented code\n  keeps its spaces"],
    ]);
    const [table] = find(blocks, "table");
    expect(table.children.map((row) => row.children.map((cell) => [cell.header, texts(cell.children).join("")]))).toEqual([
      [[true, "paragraph: City"], [true, "paragraph: Documents"]],
      [[false, "paragraph: Rongcheng"], [false, "paragraph: 12"]],
      [[false, "paragraph: Suzhou"], [false, "paragraph: "]],
    ]);
  });

  it("makes footnotes the contract's footnote blocks and calls, never a literal [^3]", () => {
    const { blocks } = parseMarkdown("Their future self[^3] and Carpentry[^note].\n\n[^3]: As the joke goes.\n\n[^note]: `http://example.org/`\n");
    expect(texts(blocks).join(" ")).not.toContain("[^");
    const [paragraph] = find(blocks, "paragraph");
    expect(paragraph.spans.filter((span) => span.marks.length > 0)).toEqual([
      { text: "3", marks: [{ type: "footnoteRef", attrs: { id: "fn-3" } }] },
      { text: "note", marks: [{ type: "footnoteRef", attrs: { id: "fn-note" } }] },
    ]);
    const last = blocks[blocks.length - 1];
    expect(last.kind).toBe("footnotes");
    expect(find([last], "footnote").map((note) => [note.id, note.label, texts(note.children).join("")])).toEqual([
      ["fn-3", "3", "paragraph: As the joke goes."],
      ["fn-note", "note", "paragraph: http://example.org/"],
    ]);
  });

  it("keeps links to the web and to anchors, drops relative and javascript: ones (counted)", () => {
    const { blocks, notices } = parseMarkdown(
      "See [the report](https://example.org/r), [[wilson2014](#wilson2014)], [a file](data.csv), [x](javascript:alert(1)) and <https://a.example>.",
    );
    const links = find(blocks, "paragraph")[0].spans.flatMap((span) => span.marks.filter((mark) => mark.type === "link").map((mark) => [span.text, mark.attrs]));
    expect(links).toEqual([
      ["the report", { href: "https://example.org/r" }],
      ["wilson2014", { href: "#wilson2014" }],
      ["https://a.example", { href: "https://a.example" }],
    ]);
    expect(texts(blocks)[0]).toContain("[wilson2014]");
    expect(notices).toEqual([expect.objectContaining({ code: "removed_unsafe_urls", count: 1 })]);
  });

  it("keeps inline and display math as text, and prose dollars as prose", () => {
    const { blocks } = parseMarkdown("Let $x^2$ grow; it costs $5 and $10 today.\n\n$$\n\\sum_i a_i\n$$\n");
    expect(marked(blocks, "math")).toEqual(["x^2"]);
    expect(texts(blocks)[0]).toBe("paragraph: Let x^2 grow; it costs $5 and $10 today.");
    expect(find(blocks, "math").map((math) => spansText(math.spans))).toEqual(["\\sum_i a_i"]);
  });

  it("turns an image paragraph into its caption, drops inline images and a repeated caption line", () => {
    const { blocks } = parseMarkdown("![Fig. 1. Amount of files](./fig1.png)\n_Fig. 1. Amount of files_\n\nText with an ![icon](i.png) inside.\n\n![](decoration.png)\n");
    expect(texts(blocks)).toEqual(["caption: Fig. 1. Amount of files", "paragraph: Text with an inside."]);
    expect(find(blocks, "caption")[0].label).toBe("figure");
  });

  it("sanitises raw HTML: scripts and handlers removed and counted, its structure read", () => {
    const { blocks, notices } = parseMarkdown(
      '# T\n\n<div class="figure">\n<img src="x.png" alt="alt" onerror="steal()" />\n<p class="caption">A chart.</p>\n</div>\n\n<script>steal()</script>\n\nText <span onclick="x()">here</span>.\n',
    );
    expect(texts(blocks)).toEqual(["heading: T", "caption: A chart.", "paragraph: Text here."]);
    expect(notices.map((notice) => [notice.code, notice.count])).toEqual([
      ["removed_scripts", 1],
      ["removed_event_handlers", 2],
    ]);
  });

  it("reads bookdown cross-references and labels, leaves pandoc [@key] citations as text", () => {
    const { blocks } = parseMarkdown(
      [
        "Events are listed (Table \\@ref(tab:events)) and shown (Figure \\@ref(fig:map)) [@romanowska2023].",
        "",
        "Table: (\\#tab:events)Workshops held.",
        "",
        "| A | B |",
        "| - | - |",
        "| 1 | 2 |",
        "",
        '<div class="figure"><p class="caption">(\\#fig:map)Where they were.</p></div>',
        "",
        "## Methods {#methods .unnumbered}",
      ].join("\n"),
    );
    expect(texts(blocks)).toEqual([
      "paragraph: Events are listed (Table 1) and shown (Figure 1) [@romanowska2023].",
      "caption: Table 1: Workshops held.",
      "paragraph: A",
      "paragraph: B",
      "paragraph: 1",
      "paragraph: 2",
      "caption: Figure 1: Where they were.",
      "heading: Methods",
    ]);
    expect(find(blocks, "caption").map((caption) => caption.label)).toEqual(["table", "figure"]);
  });

  it("makes anchored entries under a Bibliography heading reference entries", () => {
    const { blocks } = parseMarkdown(
      '## Bibliography\n\n<a name="brown2015"></a>[brown2015]:\nBrown CT. How to grow; 2015.\n\n<a name="gawande2011"></a>[gawande2011]:\nGawande A. The Checklist Manifesto; 2011.\n',
    );
    const [references] = find(blocks, "references");
    expect(references.children.map((entry) => [entry.key, entry.label, spansText(entry.spans).replace(/\s+/g, " ")])).toEqual([
      ["ref-1", "[brown2015]", "Brown CT. How to grow; 2015."],
      ["ref-2", "[gawande2011]", "Gawande A. The Checklist Manifesto; 2011."],
    ]);
  });
});
