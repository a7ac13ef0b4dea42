import { Mark, mergeAttributes } from "@tiptap/core";

/**
 * An annotation's highlight. Written into the shared document by the server only (after the
 * API has stored the annotation), so no client can forge or remove one. It carries the
 * annotation id alone: kind and claim status change without rewriting the document, and the
 * client colours each id from the annotation data it already has.
 * `excludes: ""` lets annotations of different people overlap freely.
 */
export const AnnotationMark = Mark.create({
  name: "annotation",
  inclusive: false,
  excludes: "",
  spanning: true,
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-annotation"),
        renderHTML: (attributes) => ({ "data-annotation": attributes.id }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "span[data-annotation]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes({ class: "annotation" }, HTMLAttributes), 0];
  },
});
