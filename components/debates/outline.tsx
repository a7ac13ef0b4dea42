"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { excerpt } from "@/components/annotations/paper-dom";
import { ArgumentComposer, type ComposerMode } from "./argument-composer";
import { ArgumentItem, type ItemActions } from "./argument-item";
import type { ArgumentDTO, QuestionDTO } from "./types";

export interface DebateTree {
  byId: Map<string, ArgumentDTO>;
  children: Map<string | null, ArgumentDTO[]>;
}

/** The listing (parents before children, in display order) as a tree; pinned arguments lead their siblings. */
export function buildTree(items: ArgumentDTO[]): DebateTree {
  const byId = new Map(items.map((item) => [item.id, item]));
  const children = new Map<string | null, ArgumentDTO[]>();
  for (const item of items) {
    const key = item.parentId !== null && byId.has(item.parentId) ? item.parentId : null;
    const list = children.get(key) ?? [];
    list.push(item);
    children.set(key, list);
  }
  for (const [key, list] of children) children.set(key, [...list.filter((item) => item.pinned), ...list.filter((item) => !item.pinned)]);
  return { byId, children };
}

type Composing = { at: string | null; mode: ComposerMode } | null;

/**
 * How many tree items render at a time. A debate of 2,000 arguments is seconds of React work,
 * style and layout in the browser; the outline renders this many (as the server does), then
 * more as the reader scrolls near the end or moves past it with the keys.
 */
const CHUNK = 50;

/** Ids in display order as the outline shows them: depth-first, skipping collapsed branches. */
function shownOrder(tree: DebateTree, collapsed: Set<string>): string[] {
  const order: string[] = [];
  const walk = (list: ArgumentDTO[]) => {
    for (const argument of list) {
      order.push(argument.id);
      if (!collapsed.has(argument.id)) walk(tree.children.get(argument.id) ?? []);
    }
  };
  walk(tree.children.get(null) ?? []);
  return order;
}

/**
 * The outline: arguments as an ARIA tree to any depth. One item is in the tab order at a time
 * (roving focus): Up/Down move, Left collapses (or goes to the parent), Right expands (or goes
 * to the first reply), Home/End, Enter opens the reply composer.
 */
export const Outline = memo(function Outline(props: {
  question: QuestionDTO;
  items: ArgumentDTO[];
  /** Arguments still loading after a partial first render (the page renders only the first ones). */
  remaining: number;
  canAnswerAsAuthor: boolean;
  focusRequest: { id: string; nonce: number } | null;
  onShowPassage: ItemActions["showPassage"];
  onChanged: (saved?: ArgumentDTO | null) => Promise<void> | void;
}) {
  const { question, items } = props;
  const tree = useMemo(() => buildTree(items), [items]);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [composing, setComposing] = useState<Composing>(null);
  const [limit, setLimit] = useState(CHUNK);
  const root = useRef<HTMLUListElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const flat = useMemo(() => shownOrder(tree, collapsed), [tree, collapsed]);
  const latestItems = useRef(items);
  latestItems.current = items;
  /** Renders far enough to include `id` (its place in the listing bounds its place on screen). */
  const reveal = useCallback((id: string) => {
    const at = latestItems.current.findIndex((item) => item.id === id);
    if (at >= 0) setLimit((current) => Math.max(current, at + 1));
  }, []);
  const tabStop = focusedId && tree.byId.has(focusedId) ? focusedId : (tree.children.get(null)?.[0]?.id ?? null);

  const focusItem = useCallback((id: string) => {
    setFocusedId(id);
    // At once when the item is on screen (keys pressed in quick succession must find it
    // focused); after the next render when it is about to appear (a new or expanded one).
    const move = () => {
      const element = root.current?.querySelector<HTMLElement>(`[data-argument-id="${CSS.escape(id)}"]`);
      element?.focus({ preventScroll: true });
      element?.scrollIntoView({ block: "nearest" });
      return Boolean(element);
    };
    if (!move()) requestAnimationFrame(() => void move());
  }, []);

  // A node chosen on the map: open its ancestors, then focus it.
  useEffect(() => {
    const request = props.focusRequest;
    if (!request || !tree.byId.has(request.id)) return;
    reveal(request.id);
    setCollapsed((current) => {
      const next = new Set(current);
      for (let at = tree.byId.get(request.id)?.parentId ?? null; at; at = tree.byId.get(at)?.parentId ?? null) next.delete(at);
      return next;
    });
    focusItem(request.id);
  }, [props.focusRequest, tree, focusItem, reveal]);

  // Near the end of what is rendered, render the next chunk.
  const remaining = Math.max(flat.length - limit, 0);
  useEffect(() => {
    const element = more.current;
    if (!element || remaining === 0) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setLimit((current) => current + CHUNK);
    }, { rootMargin: "600px 0px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [remaining]);

  const toggle = (id: string, open?: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (open ?? next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const actions: ItemActions = {
    reply: (argument, stance) => setComposing({ at: argument.id, mode: { kind: "new", parentId: argument.id, stance } }),
    edit: (argument) => setComposing({ at: argument.id, mode: { kind: "edit", argument } }),
    showPassage: props.onShowPassage,
    changed: () => void props.onChanged(),
  };

  async function finish(saved: ArgumentDTO | null, at: string | null) {
    setComposing(null);
    if (saved) {
      if (saved.parentId) toggle(saved.parentId, true);
      await props.onChanged(saved);
      reveal(saved.id);
      focusItem(saved.id);
    } else if (at) focusItem(at);
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (target.getAttribute("role") !== "treeitem") return;
    const id = target.dataset.argumentId!;
    const argument = tree.byId.get(id)!;
    const at = flat.indexOf(id);
    const kids = tree.children.get(id) ?? [];
    const open = kids.length > 0 && !collapsed.has(id);
    let next: string | null | undefined;
    switch (event.key) {
      case "ArrowDown":
        next = flat[at + 1];
        break;
      case "ArrowUp":
        next = flat[at - 1];
        break;
      case "Home":
        next = flat[0];
        break;
      case "End":
        next = flat.at(-1);
        break;
      case "ArrowRight":
        if (kids.length > 0 && !open) toggle(id, true);
        else next = kids[0]?.id;
        break;
      case "ArrowLeft":
        if (open) toggle(id, false);
        else next = argument.parentId;
        break;
      case "Enter":
        if (!argument.can.reply) return;
        actions.reply(argument, argument.stance);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) {
      // Past what is rendered: render up to it (and a chunk more for the next keys).
      const index = flat.indexOf(next);
      if (index >= limit) setLimit(index + CHUNK);
      focusItem(next);
    }
  }

  function composer(at: string | null) {
    if (!composing || composing.at !== at) return null;
    const parent = at ? tree.byId.get(at) : null;
    return (
      <ArgumentComposer
          key={`${at}-${composing.mode.kind}-${composing.mode.kind === "new" ? composing.mode.stance : ""}`}
          questionId={question.id}
          mode={composing.mode}
          parentLabel={parent ? `on “${excerpt(parent.body || "hidden argument", 60)}”` : "on the question"}
          canAnswerAsAuthor={props.canAnswerAsAuthor}
          onDone={(saved) => void finish(saved, at)}
        />
    );
  }

  // Items render in display order until the budget is spent (the rest render on demand).
  let budget = limit;
  function render(list: ArgumentDTO[], level: number) {
    return list.map((argument, index) => {
      if (budget <= 0) return null;
      budget -= 1;
      const kids = tree.children.get(argument.id) ?? [];
      const open = !collapsed.has(argument.id);
      return (
        <li
          key={argument.id}
          role="treeitem"
          data-argument-id={argument.id}
          aria-level={level}
          aria-setsize={list.length}
          aria-posinset={index + 1}
          aria-expanded={kids.length > 0 ? open : undefined}
          tabIndex={argument.id === tabStop ? 0 : -1}
          onFocus={(event) => event.target === event.currentTarget && setFocusedId(argument.id)}
          className={`tree-item stance-${argument.stance}`}
        >
          <div className="tree-row">
            {kids.length > 0 ? (
              <button type="button" tabIndex={-1} className="tree-toggle" aria-label={open ? "Collapse replies" : "Expand replies"} onClick={() => toggle(argument.id)}>
                <span aria-hidden="true">{open ? "▾" : "▸"}</span>
              </button>
            ) : (
              <span className="tree-toggle" aria-hidden="true" />
            )}
            <ArgumentItem argument={argument} question={question} all={items} actions={actions} moderate={question.can.moderate} />
          </div>
          {!open && kids.length > 0 && (
            <button type="button" className="text-button collapsed-note" tabIndex={-1} onClick={() => toggle(argument.id, true)}>
              {kids.length} {kids.length === 1 ? "reply" : "replies"} collapsed
            </button>
          )}
          {(open && kids.length > 0 && budget > 0) || composing?.at === argument.id ? (
            <ul role="group">
              {composing?.at === argument.id && (
                <li className="composer-slot" role="none">
                  {composer(argument.id)}
                </li>
              )}
              {open && render(kids, level + 1)}
            </ul>
          ) : null}
        </li>
      );
    });
  }

  const top = tree.children.get(null) ?? [];
  return (
    <section className="outline" aria-label="Outline">
      {question.can.argue && (
        <div className="outline-start form-actions">
          <button type="button" className="button button-small stance-button-pro" onClick={() => setComposing({ at: null, mode: { kind: "new", parentId: null, stance: "pro" } })}>
            <span aria-hidden="true">+</span> Argue pro
          </button>
          <button type="button" className="button button-small stance-button-con" onClick={() => setComposing({ at: null, mode: { kind: "new", parentId: null, stance: "con" } })}>
            <span aria-hidden="true">−</span> Argue con
          </button>
        </div>
      )}
      {composing?.at === null && <div className="composer-top">{composer(null)}</div>}
      {top.length === 0 ? (
        <p className="placeholder">No arguments yet.</p>
      ) : (
        <ul role="tree" aria-label="Arguments" className="argument-tree" ref={root} onKeyDown={onKeyDown} aria-busy={props.remaining > 0 || undefined}>
          {render(top, 1)}
        </ul>
      )}
      {remaining > 0 && (
        <p className="outline-more">
          <button type="button" className="text-button" ref={more} onClick={() => setLimit((current) => current + CHUNK)}>
            Show more arguments ({remaining.toLocaleString("en")} not shown yet)
          </button>
        </p>
      )}
      {props.remaining > 0 && (
        <p className="placeholder outline-more" role="status">
          Loading {props.remaining.toLocaleString("en")} more {props.remaining === 1 ? "argument" : "arguments"}…
        </p>
      )}
      <p className="panel-hint keys-hint">Keys: ↑ ↓ move, ← → collapse and expand, Enter replies.</p>
    </section>
  );
});
