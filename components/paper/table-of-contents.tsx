"use client";

/** Section headings; selecting one scrolls the paper to it. */
export function TableOfContents({ headings }: { headings: string[] }) {
  function go(index: number) {
    const target = document.querySelectorAll<HTMLElement>(".paper-column .paper-body h2, .paper-column .paper-body h3")[index];
    target?.scrollIntoView({ behavior: "smooth", block: "start" });
  }
  return (
    <nav className="toc" aria-label="Sections">
      <h2 className="panel-title">Contents</h2>
      <ol>
        {headings.map((heading, index) => (
          <li key={`${index}-${heading}`}>
            <button type="button" className="link-button" onClick={() => go(index)}>
              {heading}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
