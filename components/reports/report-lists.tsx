import type { ReportDTO } from "@/lib/reports";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The report's lists: most discussed passages, what is still open, orphaned annotations. */
export function ReportLists({ report }: { report: ReportDTO }) {
  const { passages, open, orphans } = report;
  return (
    <>
      <section id="passages" className="report-section" aria-labelledby="passages-h">
        <h2 id="passages-h">Passages with the most discussion</h2>
        <p className="report-note">Paragraphs ranked by activity: annotations on them, plus replies, plus stances.</p>
        {passages.length === 0 ? (
          <p className="muted">No discussion yet.</p>
        ) : (
          <ol className="report-passages">
            {passages.map((p) => (
              <li key={p.start}>
                <blockquote className="report-quote">
                  <a href={p.link}>{p.quote}</a>
                </blockquote>
                <p className="muted">
                  {p.section} · {plural(p.annotations, "annotation", "annotations")} ({p.kinds.comment} comments, {p.kinds.question} questions, {p.kinds.claim} claims) · {plural(p.replies, "reply", "replies")} ·{" "}
                  {plural(p.stances, "stance", "stances")}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section id="open" className="report-section" aria-labelledby="open-h">
        <h2 id="open-h">Still open or unanswered</h2>
        <h3>Questions not closed</h3>
        {open.questions.length === 0 ? (
          <p className="muted">Every question is closed.</p>
        ) : (
          <ul className="report-list">
            {open.questions.map((q) => (
              <li key={q.id}>
                <a href={q.link}>{q.text}</a> <span className="muted">— {q.status}{q.origin === "import" ? ", found in the paper" : ""}, {plural(q.argumentCount, "argument", "arguments")}</span>
              </li>
            ))}
          </ul>
        )}
        <h3>Questions in the margin without an answer</h3>
        {open.unanswered.length === 0 ? (
          <p className="muted">Every question asked in the margin has an answer.</p>
        ) : (
          <ul className="report-list">
            {open.unanswered.map((u) => (
              <li key={u.id}>
                <a href={u.link}>{u.body || "(no text)"}</a> <span className="muted">on “{u.quote}” — {u.section}, {plural(u.replies, "reply", "replies")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="orphans" className="report-section" aria-labelledby="orphans-h">
        <h2 id="orphans-h">Orphaned annotations</h2>
        <p className="report-note">Their passage was removed by a revision of the text; they are kept, not lost.</p>
        {orphans.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul className="report-list">
            {orphans.map((o) => (
              <li key={o.id}>
                <span className="report-kind">{o.kind}</span> <a href={o.link}>“{o.quote}”</a> <span>{o.body}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
