"use client";

import Link from "next/link";
import { excerpt } from "@/components/annotations/paper-dom";
import { ClientTime } from "./argument-history";
import { RoundTimer } from "./round-timer";
import { passageUrl, STATUS_LABEL, type QuestionDTO } from "./types";

/** The question at the top of its page: status, source passage, outcome, timer, schedule, exports. */
export function QuestionHeader(props: { question: QuestionDTO; documentTitle: string; onPassage: (passage: { start: number; end: number; quote: string }) => void }) {
  const { question } = props;
  const passage = question.start !== null && question.end !== null ? { start: question.start, end: question.end, quote: question.quote } : null;
  return (
    <header className="question-header">
      <p className="breadcrumb">
        <Link href={`/documents/${question.documentId}`}>{props.documentTitle}</Link>
      </p>
      <div className="question-title-row">
        <span className={`question-status question-status-${question.status}`} data-testid="question-status">
          {STATUS_LABEL[question.status]}
        </span>
        {question.anonymous && <span className="badge">Anonymous debate</span>}
        <RoundTimer question={question} />
      </div>
      <h1 className="question-text">{question.text}</h1>
      {(question.quote || passage) && (
        <figure className="question-source">
          {/* A question found at import usually is its own passage: quote it only when it says more. */}
          {question.quote && question.quote.trim() !== question.text.trim() && <blockquote>{excerpt(question.quote, 400)}</blockquote>}
          <figcaption className="meta">
            {question.origin === "import" ? "Found in the paper" : `Proposed by ${question.proposedBy?.name ?? "a member"}`}
            {passage && (
              <>
                {" · "}
                <button type="button" className="text-button" onClick={() => props.onPassage(passage)}>
                  Show in the paper
                </button>
                {" · "}
                <Link href={passageUrl(question.documentId, passage.start, passage.end)}>Open on the reading page</Link>
              </>
            )}
          </figcaption>
        </figure>
      )}
      {question.status === "closed" && question.outcome && (
        <section className="question-outcome" aria-label="Outcome" data-testid="question-outcome">
          <h2>Outcome</h2>
          <p>{question.outcome}</p>
          {question.closedAt && (
            <p className="meta">
              Closed <ClientTime iso={question.closedAt} />
            </p>
          )}
        </section>
      )}
      <div className="question-meta meta">
        <span>
          {question.argumentCount} {question.argumentCount === 1 ? "argument" : "arguments"}
        </span>
        {question.closesAt && question.status === "open" && (
          <span>
            Closes <ClientTime iso={question.closesAt} />
          </span>
        )}
        <span className="export-links">
          Export:{" "}
          <a href={`/api/questions/${question.id}/export?format=markdown`} download>
            Markdown
          </a>{" "}
          <a href={`/api/questions/${question.id}/export?format=argdown`} download>
            Argdown
          </a>
        </span>
      </div>
    </header>
  );
}
