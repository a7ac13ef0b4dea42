import { Lexer, type Token, type Tokens } from "marked";
import type { Block, InlineMark, Span } from "./blocks";
import { assertSafeHtml, isScriptUrl } from "./check-html-safety";
import { ImportError } from "./import-error";
import { decodeEntities } from "./html-entities";
import { parseHtml } from "./parse-html";

function linkMark(href: string): InlineMark | undefined {
  if (isScriptUrl(href)) {
    throw new ImportError(
      "unsafe_html",
      "The Markdown contains a javascript: link, which could run code in readers' browsers. Remove it and import the file again.",
    );
  }
  return /^(?:https?:|mailto:)/i.test(href.trim()) ? { type: "link", attrs: { href: href.trim() } } : undefined;
}

function inline(tokens: Token[] | undefined, marks: InlineMark[], out: Span[]): Span[] {
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "strong":
        inline(token.tokens, [...marks, { type: "bold" }], out);
        break;
      case "em":
        inline(token.tokens, [...marks, { type: "italic" }], out);
        break;
      case "link": {
        const link = linkMark((token as Tokens.Link).href);
        inline(token.tokens, link ? [...marks, link] : marks, out);
        break;
      }
      case "image":
        break; // an image's alt text is not part of the paper's prose
      case "br":
        out.push({ text: " ", marks });
        break;
      case "html":
        assertSafeHtml(token.text, "Markdown"); // inline tags themselves are dropped
        break;
      case "codespan":
      case "escape":
        out.push({ text: token.text, marks });
        break;
      case "text":
        if ("tokens" in token && token.tokens) inline(token.tokens, marks, out);
        else out.push({ text: decodeEntities(token.text), marks });
        break;
      default:
        if ("tokens" in token && token.tokens) inline(token.tokens, marks, out);
        else if ("text" in token && typeof token.text === "string") out.push({ text: decodeEntities(token.text), marks });
    }
  }
  return out;
}

function spansOf(token: { tokens?: Token[]; text: string }): Span[] {
  return token.tokens ? inline(token.tokens, [], []) : [{ text: decodeEntities(token.text), marks: [] }];
}

function blocks(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "heading":
        out.push({ kind: "heading", level: Math.min(6, Math.max(1, token.depth)), spans: spansOf(token as Tokens.Heading) });
        break;
      case "paragraph":
      case "text":
        out.push({ kind: "paragraph", spans: spansOf(token as Tokens.Paragraph) });
        break;
      case "code":
        out.push({ kind: "paragraph", spans: [{ text: token.text, marks: [] }] });
        break;
      case "blockquote":
        out.push({ kind: "blockquote", children: blocks(token.tokens ?? []) });
        break;
      case "list": {
        const list = token as Tokens.List;
        list.items.forEach((item, index) => {
          const children = blocks(item.tokens);
          const first = children[0];
          // Ordered lists keep their numbers: "3. ..." is often referred to in the text.
          if (list.ordered && first && first.kind === "paragraph") {
            first.spans.unshift({ text: `${Number(list.start || 1) + index}. `, marks: [] });
          }
          out.push(...children);
        });
        break;
      }
      case "table": {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const spans: Span[] = [];
          row.forEach((cell, index) => {
            if (index > 0) spans.push({ text: " | ", marks: [] });
            spans.push(...inline(cell.tokens, [], []));
          });
          out.push({ kind: "paragraph", spans });
        }
        break;
      }
      case "html":
        out.push(...parseHtml(token.text));
        break;
      default:
        break; // space, hr, link definitions
    }
  }
  return out;
}

/** Markdown (CommonMark/GFM, through marked's lexer) to blocks. */
export function parseMarkdown(markdown: string): Block[] {
  return blocks(new Lexer({ gfm: true }).lex(markdown));
}
