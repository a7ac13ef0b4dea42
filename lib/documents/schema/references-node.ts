import { Node, mergeAttributes } from "@tiptap/core";

/** The reference list: one entry per cited work (the "References" heading stays a heading before it). */
export const ReferencesNode = Node.create({
  name: "references",
  group: "block",
  content: "referenceEntry+",
  defining: true,
  parseHTML() {
    return [{ tag: "section[data-references]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["section", mergeAttributes({ "data-references": "", class: "references", "aria-label": "References" }, HTMLAttributes), 0];
  },
});

/**
 * One entry, its text as printed (the label "[12]" included when the paper prints one).
 * `key` is what citation marks point at ("ref-12"); `label` is the printed number, kept so
 * citations and panels can name the entry.
 */
export const ReferenceEntryNode = Node.create({
  name: "referenceEntry",
  content: "inline*",
  defining: true,
  addAttributes() {
    return {
      key: { default: null, parseHTML: (element) => element.getAttribute("data-reference"), renderHTML: (attributes) => ({ "data-reference": attributes.key }) },
      label: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-label"),
        renderHTML: (attributes) => (attributes.label ? { "data-label": attributes.label } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: "p[data-reference]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["p", mergeAttributes({ class: "reference-entry" }, HTMLAttributes), 0];
  },
});
