"use client";

import { useEffect, useRef, useState } from "react";
import { AnnotationActions, EditAnnotation } from "./annotation-actions";
import { RevisedBadge } from "./author-feedback";
import { ClaimStances } from "./claim-stances";
import { useWorkspace } from "./context";
import { categoryOf } from "./highlight-styles";
import { excerpt, scrollBehavior } from "./paper-dom";
import { Thread } from "./thread";
import { Person, TimeAgo } from "./time-ago";
import { KIND_ICON, KIND_LABEL, stanceCounts, type AnnotationDTO } from "./types";

const INTERACTIVE = "a, button, input, textarea, select, label, summary, form, [role='toolbar']";

/** A claim's status and counts, in the one wording used everywhere. */
export function ClaimLine({ claim }: { claim: NonNullable<AnnotationDTO["claim"]> }) {
  return (
    <p className={`claim-line status-${claim.status}`}>
      <span className={`status-badge status-${claim.status}`}>{claim.status}</span>
      <span className="claim-counts">{stanceCounts(claim.supported, claim.contested)}</span>
    </p>
  );
}

/**
 * One annotation in the side panel. Selecting it (click, or Enter when focused) takes the paper
 * to its passage and opens its details: the claim's stances, the discussion and the actions.
 * A claim an author marked revised in the text shows the badge in its head, in every tab.
 */
export function AnnotationCard({ annotation, expandable = true }: { annotation: AnnotationDTO; expandable?: boolean }) {
  const { selectedId, select } = useWorkspace();
  const ref = useRef<HTMLElement>(null);
  const [editing, setEditing] = useState(false);
  const selected = selectedId === annotation.id;
  const orphaned = annotation.anchor.orphaned;

  // Selected from the paper: bring the card into view in the panel, without moving the paper
  // (scrollIntoView would scroll the window too) or taking focus from it.
  useEffect(() => {
    const card = ref.current;
    const panel = card?.closest<HTMLElement>(".side-panel");
    if (!selected || !card || !panel || card.contains(document.activeElement)) return;
    const box = card.getBoundingClientRect();
    const view = panel.getBoundingClientRect();
    const below = view.top + 48; // under the panel's sticky tabs
    if (box.top < below || box.top > view.bottom - 80) panel.scrollBy({ top: box.top - below - 8, behavior: scrollBehavior() });
  }, [selected]);

  const open = () => select(annotation.id, { scroll: !orphaned });
  const label = `${KIND_LABEL[annotation.kind]} by ${annotation.author.name} on “${excerpt(annotation.anchor.quote, 60)}”`;

  return (
    <article
      ref={ref}
      className={`annotation-card kind-${annotation.kind} cat-${categoryOf(annotation)}${selected ? " is-selected" : ""}`}
      tabIndex={0}
      aria-label={label}
      aria-current={selected ? "true" : undefined}
      data-annotation-card={annotation.id}
      onClick={(event) => {
        if ((event.target as Element).closest(INTERACTIVE) || (event.target as Element).closest(".card-details")) return;
        open();
      }}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          open();
        } else if (event.key === "Escape" && selected) {
          select(null);
        }
      }}
    >
      <header className="card-head">
        <span className={`kind-badge kind-${annotation.kind}`}>
          <span className={`kind-icon kind-icon-${annotation.kind}`} aria-hidden="true">
            {KIND_ICON[annotation.kind]}
          </span>
          {KIND_LABEL[annotation.kind]}
        </span>
        {annotation.visibility === "private" && <span className="badge badge-private">🔒 Only me</span>}
        {annotation.resolved && <span className="badge">Resolved</span>}
        {annotation.answered && <span className="badge badge-answer">✓ Answered</span>}
        {annotation.hidden && <span className="badge badge-hidden">Hidden</span>}
        {annotation.revised && <RevisedBadge revised={annotation.revised} />}
        <span className="card-time">
          <TimeAgo iso={annotation.createdAt} />
        </span>
      </header>
      <blockquote className={`card-quote${selected ? "" : " is-clamped"}`}>{annotation.anchor.quote}</blockquote>
      {editing ? (
        <EditAnnotation annotation={annotation} onDone={() => setEditing(false)} />
      ) : (
        annotation.bodyHtml && <div className="markdown card-body" dangerouslySetInnerHTML={{ __html: annotation.bodyHtml }} />
      )}
      {annotation.hidden?.reason && <p className="hidden-reason">Hidden: {annotation.hidden.reason}</p>}
      {annotation.tags.length > 0 && (
        <ul className="tags" aria-label="Tags on this annotation">
          {annotation.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {annotation.claim && <ClaimLine claim={annotation.claim} />}
      <footer className="card-meta">
        <Person person={annotation.author} />
        <span>
          {annotation.replyCount} {annotation.replyCount === 1 ? "reply" : "replies"}
        </span>
      </footer>
      {selected && expandable && (
        <div className="card-details">
          {annotation.claim && <ClaimStances annotation={annotation} />}
          <Thread annotation={annotation} />
          {!editing && <AnnotationActions annotation={annotation} onEdit={() => setEditing(true)} />}
        </div>
      )}
    </article>
  );
}
