"use client";

import { useEffect, useRef } from "react";
import { onProposalRequest } from "@/components/debates/propose-question";
import { QuestionsPanel } from "@/components/debates/questions-panel";
import type { CitationEntry, QuestionSummary } from "@/lib/documents/get-document";
import type { RoomListener } from "./use-collab-provider";

export type Tab = "annotations" | "claims" | "questions" | "references";

/**
 * The paper's panels: its annotations (with the composer), its claims, the questions it
 * raises, and its references (every cited work, with how often it is cited). Tabs follow the
 * ARIA pattern: arrow keys move between them.
 */
export function SidePanel(props: {
  tab: Tab;
  onTab: (tab: Tab) => void;
  annotations: React.ReactNode;
  annotationCount: number | null;
  claims: React.ReactNode;
  claimCount: number | null;
  citations: CitationEntry[];
  questions: QuestionSummary[];
  onCitation: (key: string) => void;
  onQuestion: (start: number, end: number) => void;
  /** The room's events, so the Questions tab stays live. */
  onRoomEvent: (listener: RoomListener) => () => void;
  /** Shown under the questions: the passages their debates argue over. */
  argued?: React.ReactNode;
}) {
  const { tab, onTab } = props;
  const tablist = useRef<HTMLDivElement>(null);
  // "Propose as question" in the selection toolbar opens this tab (its form takes the passage).
  useEffect(() => onProposalRequest(() => onTab("questions")), [onTab]);
  const references = [...props.citations].sort((a, b) => a.label.localeCompare(b.label));
  const tabs: { id: Tab; label: string; count: number | null }[] = [
    { id: "annotations", label: "Annotations", count: props.annotationCount },
    { id: "claims", label: "Claims", count: props.claimCount },
    { id: "questions", label: "Questions", count: props.questions.length },
    { id: "references", label: "References", count: references.length },
  ];

  function onKeyDown(event: React.KeyboardEvent) {
    const at = tabs.findIndex((entry) => entry.id === tab);
    const next = event.key === "ArrowRight" ? at + 1 : event.key === "ArrowLeft" ? at - 1 : event.key === "Home" ? 0 : event.key === "End" ? tabs.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length].id;
    onTab(target);
    tablist.current?.querySelector<HTMLElement>(`#tab-${target}`)?.focus();
  }

  return (
    <aside className="side-panel" aria-label="Paper panels">
      <div role="tablist" aria-label="Panels" className="tabs" ref={tablist} onKeyDown={onKeyDown}>
        {tabs.map((entry) => (
          <button
            key={entry.id}
            role="tab"
            type="button"
            aria-selected={tab === entry.id}
            aria-controls={`panel-${entry.id}`}
            id={`tab-${entry.id}`}
            tabIndex={tab === entry.id ? 0 : -1}
            onClick={() => onTab(entry.id)}
          >
            {entry.label} {entry.count !== null && <span className="count">{entry.count}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-annotations" aria-labelledby="tab-annotations" hidden={tab !== "annotations"}>
        {props.annotations}
      </div>
      <div role="tabpanel" id="panel-claims" aria-labelledby="tab-claims" hidden={tab !== "claims"}>
        {tab === "claims" && props.claims}
      </div>
      <div role="tabpanel" id="panel-questions" aria-labelledby="tab-questions" hidden={tab !== "questions"}>
        <QuestionsPanel active={tab === "questions"} onShow={props.onQuestion} onRoomEvent={props.onRoomEvent} />
        {props.argued}
      </div>
      <div role="tabpanel" id="panel-references" aria-labelledby="tab-references" hidden={tab !== "references"}>
        <ul className="reference-list">
          {references.map((reference) => (
            <li key={reference.key}>
              <button type="button" className="link-button" onClick={() => props.onCitation(reference.key)}>
                {reference.label}
              </button>
              <span className="count" title={`cited ${reference.count} times`}>
                ×{reference.count}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
