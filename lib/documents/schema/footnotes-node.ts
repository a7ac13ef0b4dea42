import { Node, mergeAttributes } from "@tiptap/core";

/**
 * The paper's footnotes, collected in one section at the end. The section title and each
 * note's label are drawn outside the editable content (CSS and a non-editable label), so they
 * are not part of the plain text: the call in the running text already carries the label.
 */
export const FootnotesNode = Node.create({
  name: "footnotes",
  group: "block",
  content: "footnote+",
  defining: true,
  parseHTML() {
    return [{ tag: "section[data-footnotes]", contentElement: "ol" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["section", mergeAttributes({ "data-footnotes": "", class: "footnotes", "aria-label": "Notes" }, HTMLAttributes), ["ol", 0]];
  },
});

/** One footnote: `id` is what footnoteRef marks point at ("fn-3"), `label` its printed mark ("3"). */
export const FootnoteNode = Node.create({
  name: "footnote",
  content: "block+",
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      id: { default: null, parseHTML: (element) => element.getAttribute("data-footnote"), renderHTML: (attributes) => ({ "data-footnote": attributes.id }) },
      label: { default: "", parseHTML: (element) => element.getAttribute("data-label") ?? "", renderHTML: (attributes) => ({ "data-label": attributes.label }) },
    };
  },
  parseHTML() {
    return [{ tag: "li[data-footnote]", contentElement: "div.footnote-body" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const label = String(node.attrs.label ?? "");
    return [
      "li",
      mergeAttributes({ class: "footnote" }, HTMLAttributes),
      // The back link: the reading page's click handler takes the reader to the call.
      ["span", { class: "footnote-label", contenteditable: "false", role: "link", tabindex: "0", "aria-label": `Back to note ${label} in the text` }, label],
      ["div", { class: "footnote-body" }, 0],
    ];
  },
});
