import { Node, mergeAttributes } from "@tiptap/core";

/** The paper's abstract: the opening paragraphs before the first heading. */
export const AbstractNode = Node.create({
  name: "abstract",
  group: "block",
  content: "paragraph+",
  defining: true,
  parseHTML() {
    return [{ tag: "section[data-abstract]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["section", mergeAttributes({ "data-abstract": "", class: "abstract" }, HTMLAttributes), 0];
  },
});
