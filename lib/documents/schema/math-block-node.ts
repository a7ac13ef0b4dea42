import { Node, mergeAttributes } from "@tiptap/core";

/**
 * Display math as its TeX source or text. Like a code block: plain text only, whitespace and
 * newlines kept, no marks (an annotation highlight is a decoration-free mark, allowed below).
 */
export const MathBlockNode = Node.create({
  name: "mathBlock",
  group: "block",
  content: "text*",
  // Only highlights: bold or citations have no meaning inside TeX.
  marks: "annotation",
  code: true,
  defining: true,
  whitespace: "pre",
  parseHTML() {
    return [{ tag: "pre[data-math]", preserveWhitespace: "full" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["pre", mergeAttributes({ "data-math": "", class: "math-block" }, HTMLAttributes), ["code", 0]];
  },
});
