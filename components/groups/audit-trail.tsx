import type { AuditEventSummary } from "@/lib/groups/present";
import { formatDate } from "@/components/settings/format-date";

/** The group's membership and role changes, newest first (shown to owners). */
export function AuditTrail({ events, more }: { events: AuditEventSummary[]; more: boolean }) {
  if (events.length === 0) return <p className="meta">Nothing recorded yet.</p>;
  return (
    <>
      <ol className="audit-trail">
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.createdAt} className="meta">
              {formatDate(event.createdAt, true)}
            </time>
            <span>{event.summary}</span>
          </li>
        ))}
      </ol>
      {more && <p className="meta">The latest {events.length} events; older ones are in the API (<code>/audit?cursor=</code>).</p>}
    </>
  );
}
