import { Mark, mergeAttributes } from "@tiptap/core";

/**
 * A recognised "(Author, Year)" citation in the paper's text. `key` is the normalised
 * reference key ("creemers-2018") shared by every mention of the same work, so the
 * references panel can group them.
 */
export const CitationMark = Mark.create({
  name: "citation",
  inclusive: false,
  excludes: "",
  addAttributes() {
    return {
      key: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-citation"),
        renderHTML: (attributes) => ({ "data-citation": attributes.key }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "cite[data-citation]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["cite", mergeAttributes({ class: "citation" }, HTMLAttributes), 0];
  },
});
