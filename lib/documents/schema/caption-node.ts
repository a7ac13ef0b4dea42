import { Node, mergeAttributes } from "@tiptap/core";

/**
 * A figure or table caption ("Figure 3. …") as printed: one textblock, its label attribute
 * saying which kind of caption it is. Never a heading, so it stays out of the contents.
 */
export const CaptionNode = Node.create({
  name: "caption",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes() {
    return {
      label: {
        default: "figure",
        parseHTML: (element) => (element.getAttribute("data-caption") === "table" ? "table" : "figure"),
        renderHTML: (attributes) => ({ "data-caption": attributes.label === "table" ? "table" : "figure" }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "p[data-caption]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["p", mergeAttributes({ class: "caption" }, HTMLAttributes), 0];
  },
});
