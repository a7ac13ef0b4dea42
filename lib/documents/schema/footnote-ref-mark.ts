import { Mark, mergeAttributes } from "@tiptap/core";

/** A footnote call in the running text ("3"); `id` is the footnote's id ("fn-3"). */
export const FootnoteRefMark = Mark.create({
  name: "footnoteRef",
  inclusive: false,
  excludes: "",
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-footnote-ref"),
        renderHTML: (attributes) => ({ "data-footnote-ref": attributes.id }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "sup[data-footnote-ref]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["sup", mergeAttributes({ class: "footnote-ref" }, HTMLAttributes), 0];
  },
});
