import type { ReportClaim, ReportReason } from "@/lib/reports";

const STATUS_LABEL = { unreviewed: "Unreviewed", supported: "Supported", contested: "Contested", disputed: "Disputed" } as const;
export const CLAIMS_SHOWN = 25;

function Evidence({ reason }: { reason: ReportReason }) {
  if (reason.evidence.length === 0) return null;
  return (
    <span className="report-evidence">
      {" "}
      Evidence:{" "}
      {reason.evidence.map((e, i) => (
        <span key={i}>
          {i > 0 && "; "}
          {e.type === "url" ? <a href={e.url} rel="noreferrer nofollow">{e.url}</a> : e.type === "citation" ? e.label : `“${e.quote}”`}
        </span>
      ))}
    </span>
  );
}

function Reasons({ title, list, side }: { title: string; list: ReportReason[]; side: "supported" | "contested" }) {
  return (
    <div className={`report-reasons report-reasons-${side}`}>
      <h4>
        {title} ({list.length})
      </h4>
      {list.length === 0 ? (
        <p className="muted">No one yet.</p>
      ) : (
        <ul>
          {list.map((r, i) => (
            <li key={i}>
              {r.reason || <span className="muted">No reason given.</span>} <span className="muted">— {r.author}</span>
              <Evidence reason={r} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The claims, most contested first (the Claims tab's order), with both sides' reasons. */
export function ReportClaims({ claims }: { claims: ReportClaim[] }) {
  if (claims.length === 0) return <p className="muted">No claims have been tagged yet.</p>;
  const shown = claims.slice(0, CLAIMS_SHOWN);
  return (
    <>
      <ol className="report-claims">
        {shown.map((claim) => (
          <li key={claim.id} className="report-claim" data-status={claim.status}>
            <div className="report-claim-head">
              <span className={`report-status report-status-${claim.status}`}>{STATUS_LABEL[claim.status]}</span>
              <span className="report-counts">
                {claim.claim.supported} supported · {claim.claim.contested} contested
              </span>
              {claim.revised && (
                <span className="report-revised">
                  Revised in the text{claim.revised.url && (<>: <a href={claim.revised.url} rel="noreferrer nofollow">revision</a></>)}
                  {claim.revised.note && ` — ${claim.revised.note}`}
                </span>
              )}
            </div>
            <blockquote className="report-quote">
              <a href={claim.link}>{claim.quote}</a>
            </blockquote>
            {claim.body && <p className="report-body">{claim.body}</p>}
            <p className="muted">
              {claim.section} · tagged by {claim.author} · {claim.replies} {claim.replies === 1 ? "reply" : "replies"}
            </p>
            {(claim.claim.supported > 0 || claim.claim.contested > 0) && (
              <div className="report-sides">
                <Reasons title="Supported because" list={claim.reasons.supported} side="supported" />
                <Reasons title="Contested because" list={claim.reasons.contested} side="contested" />
              </div>
            )}
          </li>
        ))}
      </ol>
      {claims.length > shown.length && <p className="muted">And {claims.length - shown.length} more claims, less contested: every claim is in the CSV, JSON and Markdown exports.</p>}
    </>
  );
}
