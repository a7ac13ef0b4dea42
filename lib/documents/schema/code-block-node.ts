import { Node, mergeAttributes } from "@tiptap/core";

const LANGUAGE = /^[A-Za-z0-9_+#.-]{1,40}$/;

/**
 * Preformatted text (code, ABNF, ASCII art), whitespace and newlines kept. Replaces
 * StarterKit's code block under the same name and attribute (so documents that hold one
 * still load) because that one allows no marks at all, and a reader must be able to
 * highlight a line of code like any other passage: only the annotation mark is allowed.
 */
export const CodeBlockNode = Node.create({
  name: "codeBlock",
  group: "block",
  content: "text*",
  marks: "annotation",
  code: true,
  defining: true,
  whitespace: "pre",
  addAttributes() {
    return {
      language: {
        default: null,
        parseHTML: (element) => {
          const className = [...(element.firstElementChild?.classList ?? [])].find((name) => name.startsWith("language-"));
          const language = className?.slice("language-".length);
          return language && LANGUAGE.test(language) ? language : null;
        },
        rendered: false,
      },
    };
  },
  parseHTML() {
    return [{ tag: "pre", preserveWhitespace: "full" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const language = typeof node.attrs.language === "string" && LANGUAGE.test(node.attrs.language) ? node.attrs.language : null;
    return ["pre", mergeAttributes({ class: "code-block" }, HTMLAttributes), ["code", { class: language ? `language-${language}` : null, "data-language": language }, 0]];
  },
});
