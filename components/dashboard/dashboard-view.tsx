"use client";

import { FlagQueue } from "./flag-queue";
import { ParticipationTable } from "./participation-table";
import { PresenceSection } from "./presence-section";
import { DebatesSection, PendingSection } from "./questions-section";
import type { DashboardDTO } from "./types";
import { useDashboard, useServerNow } from "./use-dashboard";

function UpdatedAgo({ loadedAt, now }: { loadedAt: number | null; now: number | null }) {
  if (loadedAt === null || now === null) return <span>Live</span>;
  const seconds = Math.max(0, Math.round((Date.now() - loadedAt) / 1000));
  return <span>Updated {seconds < 2 ? "just now" : `${seconds}s ago`}</span>;
}

/** The moderator's dashboard, refreshed every few seconds and after each action. */
export function DashboardView({ initial }: { initial: DashboardDTO }) {
  const { data, loadedAt, error, skew, refresh } = useDashboard(initial);
  const now = useServerNow(skew);
  return (
    <div className="dashboard">
      <p className="dashboard-status" aria-live="off">
        <span className="live-dot" aria-hidden="true" />
        <UpdatedAgo loadedAt={loadedAt} now={now} />
        <button type="button" className="text-button" onClick={() => void refresh()}>
          Refresh now
        </button>
        {error && <span className="field-error">{error}</span>}
      </p>
      <div className="dashboard-grid">
        <div className="dashboard-column">
          <FlagQueue flags={data.flags} more={data.moreFlags} hidden={data.hidden} refresh={refresh} />
          <PendingSection proposed={data.proposedQuestions} unanswered={data.unansweredQuestions} refresh={refresh} />
        </div>
        <div className="dashboard-column">
          <PresenceSection presence={data.presence} />
          <DebatesSection debates={data.debates} now={now} />
        </div>
      </div>
      <ParticipationTable participation={data.participation} />
    </div>
  );
}
