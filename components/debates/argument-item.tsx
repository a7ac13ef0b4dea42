"use client";

import { useState } from "react";
import { excerpt } from "@/components/annotations/paper-dom";
import { Person } from "@/components/annotations/time-ago";
import { ArgumentHistory, ClientTime } from "./argument-history";
import { ArgumentTools, MergedList } from "./argument-tools";
import { RatingControl } from "./rating-control";
import { STANCE_LABEL, STANCE_SIGN, type ArgumentDTO, type QuestionDTO, type StoredEvidence } from "./types";

export interface ItemActions {
  reply: (argument: ArgumentDTO, stance: "pro" | "con") => void;
  edit: (argument: ArgumentDTO) => void;
  showPassage: (passage: { start: number; end: number; quote: string }) => void;
  changed: () => void;
}

function Evidence({ items, onPassage }: { items: StoredEvidence[]; onPassage: ItemActions["showPassage"] }) {
  if (items.length === 0) return null;
  return (
    <ul className="evidence-list argument-evidence" aria-label="Evidence">
      {items.map((item, index) => (
        <li key={index}>
          {item.type === "passage" ? (
            <button type="button" className="cited-passage" onClick={() => onPassage(item)} title="Show this passage in the paper">
              <span className="evidence-type">Passage</span> <q>{excerpt(item.quote, 200)}</q>
            </button>
          ) : item.type === "citation" ? (
            <>
              <span className="evidence-type">Citation</span> <cite>{item.label}</cite>
            </>
          ) : (
            <>
              <span className="evidence-type">Source</span>{" "}
              <a className="evidence-link" href={item.url} rel="noopener noreferrer nofollow ugc" target="_blank">
                {item.url}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One argument's card: badge, body, author, evidence, rating, actions. Rendered inside its tree item. */
export function ArgumentItem(props: { argument: ArgumentDTO; question: QuestionDTO; all: ArgumentDTO[]; actions: ItemActions; moderate: boolean }) {
  const { argument, question, actions } = props;
  const hidden = argument.status === "hidden";
  // A moderator's tools render on demand: 2,000 arguments × six controls would weigh on the page.
  const [tools, setTools] = useState(false);
  return (
    <div className={`argument-card stance-${argument.stance}${hidden ? " is-hidden" : ""}`}>
      <div className="argument-head">
        <span className={`stance-badge stance-${argument.stance}`} id={`arg-${argument.id}-stance`}>
          <span aria-hidden="true">{STANCE_SIGN[argument.stance]}</span> {STANCE_LABEL[argument.stance]}
        </span>
        {argument.pinned && <span className="badge badge-pinned">Pinned</span>}
        {argument.locked && <span className="badge badge-locked">Locked</span>}
        <span id={`arg-${argument.id}-author`}>
          <Person person={argument.author} />
        </span>
        {argument.author.pseudonymous && <span className="badge">pseudonym</span>}
        {argument.author.isSelf && <span className="badge">you</span>}
        {argument.asAuthor && <span className="badge badge-answer">Paper’s author</span>}
        <span className="card-time">
          <ClientTime iso={argument.createdAt} />
        </span>
      </div>
      {hidden ? (
        <p className="hidden-reason" id={`arg-${argument.id}-hidden`}>
          Hidden by a moderator{argument.hiddenReason ? `: ${argument.hiddenReason}` : ""}</p>
      ) : null}
      {argument.body && (
        <p className={`argument-body${hidden ? " is-muted" : ""}`} id={`arg-${argument.id}-body`}>
          {argument.body}
        </p>
      )}
      <Evidence items={argument.evidence} onPassage={actions.showPassage} />
      {argument.edited && <ArgumentHistory argumentId={argument.id} />}
      {!hidden && <RatingControl argument={argument} question={question} onChanged={actions.changed} />}
      <div className="row-actions argument-actions">
        {argument.can.reply && (
          <>
            <button type="button" className="text-button" onClick={() => actions.reply(argument, "pro")}>
              <span aria-hidden="true">+</span> Reply pro
            </button>
            <button type="button" className="text-button" onClick={() => actions.reply(argument, "con")}>
              <span aria-hidden="true">−</span> Reply con
            </button>
          </>
        )}
        {argument.can.edit && (
          <button type="button" className="text-button" onClick={() => actions.edit(argument)}>
            Edit
          </button>
        )}
        {argument.can.moderate && (
          <button type="button" className="text-button" aria-expanded={tools} onClick={() => setTools(!tools)}>
            Moderate…
          </button>
        )}
        {argument.locked && !argument.can.reply && <span className="meta">This branch is locked.</span>}
      </div>
      <MergedList argument={argument} canUndo={props.moderate} onChanged={actions.changed} />
      {argument.can.moderate && tools && <ArgumentTools argument={argument} all={props.all} onChanged={actions.changed} />}
    </div>
  );
}
