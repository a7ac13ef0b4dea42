"use client";

import { useState } from "react";
import type { CitationEntry, QuestionSummary } from "@/lib/documents/get-document";

type Tab = "questions" | "references";

/** References (every cited work, with how often it is cited) and the paper's questions. */
export function SidePanel(props: {
  citations: CitationEntry[];
  questions: QuestionSummary[];
  onCitation: (key: string) => void;
  onQuestion: (start: number, end: number) => void;
}) {
  const [tab, setTab] = useState<Tab>("questions");
  const references = [...props.citations].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <aside className="side-panel" aria-label="Paper panels">
      <div role="tablist" aria-label="Panels" className="tabs">
        <button role="tab" type="button" aria-selected={tab === "questions"} aria-controls="panel-questions" id="tab-questions" onClick={() => setTab("questions")}>
          Questions <span className="count">{props.questions.length}</span>
        </button>
        <button role="tab" type="button" aria-selected={tab === "references"} aria-controls="panel-references" id="tab-references" onClick={() => setTab("references")}>
          References <span className="count">{references.length}</span>
        </button>
      </div>
      <div role="tabpanel" id="panel-questions" aria-labelledby="tab-questions" hidden={tab !== "questions"}>
        <p className="panel-hint">Questions the paper raises: candidates for debate.</p>
        <ol className="question-list">
          {props.questions.map((question) => (
            <li key={question.id}>
              <button type="button" className="link-button" onClick={() => question.start !== null && question.end !== null && props.onQuestion(question.start, question.end)}>
                {question.text}
              </button>
            </li>
          ))}
        </ol>
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
