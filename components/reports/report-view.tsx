import Link from "next/link";
import { reportPictures, type ReportDTO } from "@/lib/reports";
import { ExportPanel } from "./export-panel";
import { PrintButton } from "./print-button";
import { ReportClaims } from "./report-claims";
import { ReportDebates } from "./report-debates";
import { ReportLists } from "./report-lists";
import { ReportPicture } from "./report-picture";

const CONTENTS = [
  ["glance", "The paper at a glance"],
  ["claims", "Most contested claims"],
  ["debates", "Questions debated"],
  ["passages", "Passages with the most discussion"],
  ["open", "Still open or unanswered"],
  ["orphans", "Orphaned annotations"],
] as const;

/**
 * The feedback report page (server-rendered, pictures inline as SVG so they print). `tools`
 * false: the print view, without buttons.
 */
export function ReportView({ report, tools = true }: { report: ReportDTO; tools?: boolean }) {
  const pictures = new Map(reportPictures(report).map((p) => [p.name, p]));
  const pictureHref = (name: string) => `/api/documents/${report.document.id}/report/pictures/${name}.svg`;
  const t = report.totals;
  const heat = pictures.get("heat-map")!;
  const bars = pictures.get("claim-statuses")!;
  return (
    <main className="report">
      <header className="report-header">
        <p className="report-kicker">Feedback report</p>
        <h1>{report.document.title}</h1>
        <p className="muted">
          Generated {new Date(report.generatedAt).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" })} UTC ·{" "}
          <Link href={report.document.url}>Back to the paper</Link>
        </p>
        {tools && (
          <div className="report-tools">
            <PrintButton />
            <Link className="button button-quiet" href={`/documents/${report.document.id}/report/print`}>
              Print view
            </Link>
            <ExportPanel documentId={report.document.id} />
          </div>
        )}
        <dl className="report-totals">
          {(
            [
              ["annotations", t.annotations],
              ["claims", t.claims],
              ["stances", t.stances],
              ["replies", t.replies],
              ["questions", t.questions],
              ["arguments", t.arguments],
              ["orphaned", t.orphans],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="report-note">
          {report.notes.hidden} {t.hiddenOmitted > 0 && `${t.hiddenOmitted} hidden ${t.hiddenOmitted === 1 ? "item" : "items"} left out.`}
        </p>
      </header>

      <nav className="report-toc" aria-label="Contents of the report">
        <h2>Contents</h2>
        <ol>
          {CONTENTS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section id="glance" className="report-section" aria-labelledby="glance-h">
        <h2 id="glance-h">The paper at a glance</h2>
        <p className="report-note">{report.notes.sections}</p>
        <ReportPicture svg={heat.svg} caption="Heat map: annotation and contest density by section (darker is denser; each cell gives the density and, in brackets, the count)." href={pictureHref(heat.name)} />
        <ReportPicture svg={bars.svg} caption="Claim statuses per section: unreviewed (white), supported (solid), contested (hatched), disputed (cross-hatched)." href={pictureHref(bars.name)} />
      </section>

      <section id="claims" className="report-section" aria-labelledby="claims-h">
        <h2 id="claims-h">Most contested claims</h2>
        <p className="report-note">Ranked as on the Claims tab: a claim with both sides large and balanced comes first, then one-sided ones by their number of stances.</p>
        <ReportClaims claims={report.claims} />
      </section>

      <section id="debates" className="report-section" aria-labelledby="debates-h">
        <h2 id="debates-h">Questions debated</h2>
        <ReportDebates debates={report.debates} pictures={pictures} pictureHref={pictureHref} note={report.notes.balance} />
      </section>

      <ReportLists report={report} />
    </main>
  );
}
