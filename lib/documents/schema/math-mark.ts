import { Mark, mergeAttributes } from "@tiptap/core";

/** Inline math kept as its TeX source or its text; shown in the math face, never evaluated. */
export const MathMark = Mark.create({
  name: "math",
  inclusive: false,
  excludes: "",
  parseHTML() {
    return [{ tag: "span[data-math]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes({ "data-math": "", class: "math" }, HTMLAttributes), 0];
  },
});
