import type { ReactNode } from "react";

/**
 * Renders a paper's ProseMirror JSON as plain HTML on the server: the page is readable (and
 * printable) before the live editor connects, and the editor replaces it once synced.
 */
interface PMJson {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: PMJson[];
}

function renderText(node: PMJson, key: number): ReactNode {
  let element: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === "citation") element = <cite className="citation" data-citation={String(mark.attrs?.key ?? "")}>{element}</cite>;
    else if (mark.type === "bold") element = <strong>{element}</strong>;
    else if (mark.type === "italic") element = <em>{element}</em>;
    else if (mark.type === "code") element = <code>{element}</code>;
    else if (mark.type === "math") element = <span className="math" data-math="">{element}</span>;
    else if (mark.type === "footnoteRef") element = <sup className="footnote-ref">{element}</sup>;
    else if (mark.type === "link" && typeof mark.attrs?.href === "string" && /^https?:/.test(mark.attrs.href)) element = <a href={mark.attrs.href} rel="noopener noreferrer nofollow">{element}</a>;
  }
  return <span key={key}>{element}</span>;
}

function renderNode(node: PMJson, key: number): ReactNode {
  const children = node.content?.map((child, i) => (child.type === "text" ? renderText(child, i) : renderNode(child, i)));
  switch (node.type) {
    case "heading": {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2)));
      const Tag = `h${level}` as "h2";
      return <Tag key={key}>{children}</Tag>;
    }
    case "paragraph":
      return <p key={key}>{children}</p>;
    case "blockquote":
      return <blockquote key={key}>{children}</blockquote>;
    case "abstract":
      return (
        <section key={key} className="abstract" data-abstract="">
          {children}
        </section>
      );
    case "bulletList":
      return <ul key={key}>{children}</ul>;
    case "orderedList":
      return (
        <ol key={key} start={Number(node.attrs?.start ?? 1)}>
          {children}
        </ol>
      );
    case "listItem":
      return <li key={key}>{children}</li>;
    case "hardBreak":
      return <br key={key} />;
    case "horizontalRule":
      return <hr key={key} />;
    case "codeBlock":
      return (
        <pre key={key} className="code-block">
          <code>{children}</code>
        </pre>
      );
    case "mathBlock":
      return (
        <pre key={key} className="math-block" data-math="">
          {children}
        </pre>
      );
    case "caption":
      return (
        <p key={key} className="caption">
          {children}
        </p>
      );
    case "table":
      return (
        <table key={key}>
          <tbody>{children}</tbody>
        </table>
      );
    case "tableRow":
      return <tr key={key}>{children}</tr>;
    case "tableHeader":
      return <th key={key}>{children}</th>;
    case "tableCell":
      return <td key={key}>{children}</td>;
    case "footnotes":
      return (
        <section key={key} className="footnotes" data-footnotes="" aria-label="Notes">
          {children}
        </section>
      );
    case "footnote":
      return (
        <div key={key} className="footnote" id={`note-${String(node.attrs?.id ?? key)}`}>
          <span className="footnote-label">{String(node.attrs?.label ?? "")}</span>
          {children}
        </div>
      );
    case "references":
      return (
        <section key={key} className="references" data-references="" aria-label="References">
          {children}
        </section>
      );
    case "referenceEntry":
      return (
        <p key={key} className="reference-entry" id={`ref-${String(node.attrs?.key ?? key)}`}>
          {children}
        </p>
      );
    default:
      return <div key={key}>{children}</div>;
  }
}

export function PaperStatic({ content }: { content: unknown }) {
  const doc = content as PMJson;
  return <div className="paper-body tiptap">{doc.content?.map((node, i) => renderNode(node, i))}</div>;
}
