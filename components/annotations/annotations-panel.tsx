"use client";

import { useId, useMemo, useState } from "react";
import { AnnotationCard } from "./annotation-card";
import type { ListState } from "./use-annotations";
import { KIND_LABEL, type AnnotationDTO, type Kind } from "./types";

type Sort = "position" | "recent" | "activity";
type Status = "unreviewed" | "supported" | "contested" | "disputed";
interface Filters {
  text: string;
  kind: Kind | "";
  status: Status | "";
  tag: string;
  author: string;
  sort: Sort;
}
const NONE: Filters = { text: "", kind: "", status: "", tag: "", author: "", sort: "position" };

const COMPARE: Record<Sort, (a: AnnotationDTO, b: AnnotationDTO) => number> = {
  position: (a, b) => a.anchor.start - b.anchor.start || a.createdAt.localeCompare(b.createdAt),
  recent: (a, b) => b.createdAt.localeCompare(a.createdAt),
  activity: (a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt),
};

function matches(item: AnnotationDTO, filters: Filters): boolean {
  if (filters.kind && item.kind !== filters.kind) return false;
  if (filters.status && item.claim?.status !== filters.status) return false;
  if (filters.tag && !item.tags.includes(filters.tag)) return false;
  if (filters.author && item.author.id !== filters.author) return false;
  if (filters.text) {
    const needle = filters.text.toLocaleLowerCase();
    const haystack = `${item.body}\n${item.anchor.quote}\n${item.tags.join(" ")}\n${item.author.name}`.toLocaleLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

function Select<T extends string>({ label, value, onChange, options }: { label: string; value: T; onChange: (value: T) => void; options: [T, string][] }) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Every annotation of the paper: filter by kind, claim status, tag, author and text; sort by
 * position, recency or activity. Annotations whose passage was deleted are listed apart, with
 * their original quote, never dropped.
 */
export function AnnotationsPanel(props: { items: AnnotationDTO[]; state: ListState; composer: React.ReactNode; canAnnotate: boolean; active: boolean }) {
  const { items, state, composer, canAnnotate, active } = props;
  const id = useId();
  const [filters, setFilters] = useState<Filters>(NONE);
  const set = <K extends keyof Filters>(key: K) => (value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));
  const tags = useMemo(() => [...new Set(items.flatMap((item) => item.tags))].sort((a, b) => a.localeCompare(b)), [items]);
  const authors = useMemo(() => {
    const people = new Map<string, string>();
    for (const item of items) if (item.author.id) people.set(item.author.id, item.author.name);
    return [...people].sort((a, b) => a[1].localeCompare(b[1]));
  }, [items]);
  const shown = useMemo(() => items.filter((item) => matches(item, filters)).sort(COMPARE[filters.sort]), [items, filters]);
  const anchored = shown.filter((item) => !item.anchor.orphaned);
  const orphaned = shown.filter((item) => item.anchor.orphaned);
  const applied = (["kind", "status", "tag", "author"] as const).filter((key) => filters[key]).length + (filters.text ? 1 : 0);

  return (
    <div className="annotations-panel">
      {composer}
      <div className="filters" role="search" aria-label="Filter annotations">
        <div className="filter filter-text">
          <label htmlFor={`${id}-text`} className="visually-hidden">
            Search annotations
          </label>
          <input id={`${id}-text`} type="search" value={filters.text} placeholder="Search annotations" onChange={(event) => set("text")(event.target.value)} />
        </div>
        <details className="filter-more">
          <summary>
            Filter and sort{applied > 0 ? ` (${applied} active)` : ""}
          </summary>
          <div className="filter-grid">
            <Select label="Kind" value={filters.kind} onChange={set("kind")} options={[["", "All kinds"], ...(Object.entries(KIND_LABEL) as [Kind, string][]).map(([kind, text]): [Kind, string] => [kind, `${text}s`])]} />
            <Select label="Claim status" value={filters.status} onChange={set("status")} options={[["", "Any status"], ["unreviewed", "Unreviewed"], ["supported", "Supported"], ["contested", "Contested"], ["disputed", "Disputed"]]} />
            <Select label="Tag" value={filters.tag} onChange={set("tag")} options={[["", "Any tag"], ...tags.map((tag): [string, string] => [tag, tag])]} />
            <Select label="Author" value={filters.author} onChange={set("author")} options={[["", "Anyone"], ...authors]} />
            <Select label="Sort by" value={filters.sort} onChange={set("sort")} options={[["position", "Position in the paper"], ["recent", "Most recent"], ["activity", "Latest activity"]]} />
            {applied > 0 && (
              <button type="button" className="text-button filters-clear" onClick={() => setFilters({ ...NONE, sort: filters.sort })}>
                Clear {applied} {applied === 1 ? "filter" : "filters"}
              </button>
            )}
          </div>
        </details>
      </div>
      <p className="list-summary" aria-live="polite">
        {state === "loading"
          ? "Loading annotations…"
          : state === "unavailable"
            ? "Annotations are shown to signed-in members of the group."
            : shown.length === items.length
              ? `${items.length} ${items.length === 1 ? "annotation" : "annotations"}`
              : `${shown.length} of ${items.length} annotations`}
      </p>
      {state === "ready" && items.length === 0 && (
        <p className="panel-hint">{canAnnotate ? "Select a passage in the paper to comment, ask a question or tag a claim." : "No annotations yet."}</p>
      )}
      {anchored.length > 0 && (
        <ol className="annotation-list" aria-label="Annotations">
          {anchored.map((item) => (
            <li key={item.id}>
              <AnnotationCard annotation={item} expandable={active} />
            </li>
          ))}
        </ol>
      )}
      {orphaned.length > 0 && (
        <section className="orphaned" aria-labelledby={`${id}-orphaned`}>
          <h3 id={`${id}-orphaned`} className="panel-title">
            Orphaned <span className="count">{orphaned.length}</span>
          </h3>
          <p className="panel-hint">Their passage was deleted from the paper; each keeps its original quote.</p>
          <ol className="annotation-list">
            {orphaned.map((item) => (
              <li key={item.id}>
                <AnnotationCard annotation={item} expandable={active} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
