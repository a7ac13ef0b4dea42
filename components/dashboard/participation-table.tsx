import type { Participation } from "./types";

const COLUMNS = [
  ["annotations", "Annotations"],
  ["replies", "Replies"],
  ["stances", "Stances"],
  ["arguments", "Arguments"],
  ["ratings", "Ratings given"],
] as const;

/**
 * What each member wrote, as plain counts in a table ordered by name. Deliberately no totals
 * per person, no sorting by count, no bars: the product never rates or ranks people.
 */
export function ParticipationTable({ participation }: { participation: Participation }) {
  const { anonymous } = participation;
  return (
    <section className="dashboard-section" aria-labelledby="participation-heading">
      <h2 id="participation-heading">Participation</h2>
      <p className="counts-not-scores">Counts, not scores: Disputatio never rates people.</p>
      <p className="hint">Members in alphabetical order. Private notes are not counted; contributions to anonymous debates are counted for the group only.</p>
      {/* Scrolls sideways on a phone: focusable so the keyboard can scroll it too. */}
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="participation-heading">
        <table className="participation-table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              {COLUMNS.map(([key, label]) => (
                <th key={key} scope="col" className="num">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {participation.members.map((member) => (
              <tr key={member.userId}>
                <th scope="row">
                  <span className="person">
                    <span className="person-dot" style={{ background: member.color }} aria-hidden="true" />
                    {member.name}
                  </span>{" "}
                  <span className="muted">({member.role})</span>
                </th>
                {COLUMNS.map(([key]) => (
                  <td key={key} className="num">
                    {member[key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Anonymous debate contributions (whole group): {anonymous.arguments} {anonymous.arguments === 1 ? "argument" : "arguments"}, {anonymous.ratings} {anonymous.ratings === 1 ? "rating" : "ratings"}.
      </p>
    </section>
  );
}
