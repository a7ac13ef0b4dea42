/**
 * A server-rendered SVG picture inline in the page (so it prints), with a link to it as a file.
 * The SVG string is built by lib/reports/svg, which escapes every piece of text it contains.
 */
export function ReportPicture({ svg, caption, href }: { svg: string; caption: string; href: string }) {
  return (
    <figure className="report-figure">
      {/* Scrolls sideways on a phone: focusable so the keyboard can scroll it too. */}
      <div className="report-svg" tabIndex={0} role="group" aria-label={caption} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>
        {caption}{" "}
        <a className="report-tool" href={href} download>
          SVG file
        </a>
      </figcaption>
    </figure>
  );
}
