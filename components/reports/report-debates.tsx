import type { ReportDebate, ReportPicture as Picture } from "@/lib/reports";
import { ReportPicture } from "./report-picture";

const fmt = (value: number) => value.toFixed(2).replace(/\.00$/, "");

function Balance({ debate }: { debate: ReportDebate }) {
  const b = debate.balance;
  if (!b) return <p className="muted">Balance held back: this group shows ratings once a question is closed.</p>;
  const max = Math.max(b.pro, b.con, 0.01);
  return (
    <div className="report-balance" role="group" aria-label={`Balance: pro ${fmt(b.pro)}, con ${fmt(b.con)}`}>
      <div className="report-balance-row">
        <span className="report-balance-label">Pro {fmt(b.pro)}</span>
        <span className="report-balance-track">
          <span className="report-balance-bar report-balance-pro" style={{ width: `${(b.pro / max) * 100}%` }} />
        </span>
      </div>
      <div className="report-balance-row">
        <span className="report-balance-label">Con {fmt(b.con)}</span>
        <span className="report-balance-track">
          <span className="report-balance-bar report-balance-con" style={{ width: `${(b.con / max) * 100}%` }} />
        </span>
      </div>
      <p className="report-balance-net">
        Balance {b.net > 0 ? "+" : ""}
        {fmt(b.net)}: {b.leaning === "even" ? "even" : `leaning ${b.leaning}`}
      </p>
    </div>
  );
}

/** Each debated question: status, outcome, balance of pro against con, and its argument map. */
export function ReportDebates({ debates, pictures, pictureHref, note }: { debates: ReportDebate[]; pictures: Map<string, Picture>; pictureHref: (name: string) => string; note: string }) {
  if (debates.length === 0) return <p className="muted">No question has been debated yet.</p>;
  return (
    <>
      <p className="report-note">{note}</p>
      {debates.map((debate) => {
        const map = pictures.get(`map-${debate.id}`);
        return (
          <article key={debate.id} className="report-debate">
            <h3>
              <a href={debate.link}>{debate.text}</a>
            </h3>
            <p className="muted">
              <span className={`report-phase report-phase-${debate.status}`}>{debate.status}</span> · {debate.argumentCount} {debate.argumentCount === 1 ? "argument" : "arguments"} · {debate.participants}{" "}
              {debate.participants === 1 ? "participant" : "participants"}
              {debate.anonymous && " · anonymous debate"}
            </p>
            {debate.outcome && (
              <p className="report-outcome">
                <strong>Outcome:</strong> {debate.outcome}
              </p>
            )}
            <Balance debate={debate} />
            {map && <ReportPicture svg={map.svg} caption={`Argument map (${debate.argumentCount} arguments). Pro: solid border; con: dashed.`} href={pictureHref(map.name)} />}
          </article>
        );
      })}
    </>
  );
}
