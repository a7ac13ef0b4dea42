"use client";

import { useMemo } from "react";
import type { AnnotationDTO } from "./types";

/**
 * The paper's marks carry only an annotation id; their look comes from here: one rule per
 * category (kind, claim status, resolved, hidden), listing the ids that fall in it. Each
 * category differs by underline style as well as colour, so colour is never the only cue.
 * Ids the reader may not see (hidden from them) get no rule and stay plain text. Underlines
 * use light-dark() pairs: the dark scheme's are light enough to see on the dark paper.
 */
const LOOK: Record<string, string> = {
  comment: "background-color: rgb(250 204 21 / 0.32); text-decoration: underline solid light-dark(rgb(161 98 7), rgb(250 204 21));",
  question: "background-color: rgb(96 165 250 / 0.26); text-decoration: underline dotted light-dark(rgb(29 78 216), rgb(147 180 255));",
  unreviewed: "background-color: rgb(168 162 158 / 0.3); text-decoration: underline dashed light-dark(rgb(87 83 78), rgb(214 211 209));",
  supported: "background-color: rgb(74 222 128 / 0.3); text-decoration: underline double light-dark(rgb(21 128 61), rgb(134 239 172));",
  contested: "background-color: rgb(248 113 113 / 0.3); text-decoration: underline wavy light-dark(rgb(185 28 28), rgb(252 165 165));",
  disputed:
    "background-color: rgb(192 132 252 / 0.18); background-image: repeating-linear-gradient(-45deg, rgb(168 85 247 / 0.3) 0 4px, transparent 4px 8px); text-decoration: underline wavy light-dark(rgb(126 34 206), rgb(216 180 254));",
  resolved: "background-color: rgb(214 211 209 / 0.28); background-image: none; text-decoration: underline dotted rgb(120 113 108 / 0.7);",
  hidden: "background-color: transparent; background-image: none; text-decoration: line-through dotted rgb(120 113 108);",
};

const SAFE_ID = /^[A-Za-z0-9_-]+$/;

export function categoryOf(item: AnnotationDTO): string {
  if (item.hidden) return "hidden";
  if (item.resolved) return "resolved";
  return item.claim ? item.claim.status : item.kind;
}

export function highlightCss(items: AnnotationDTO[], selectedId: string | null): string {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    if (item.anchor.orphaned || !SAFE_ID.test(item.id)) continue;
    const category = categoryOf(item);
    groups.set(category, [...(groups.get(category) ?? []), item.id]);
  }
  const selector = (ids: string[]) => ids.map((id) => `.paper-body [data-annotation="${id}"]`).join(",\n");
  const rules = [...groups].map(([category, ids]) => `${selector(ids)} { ${LOOK[category]} text-decoration-thickness: 2px; text-underline-offset: 3px; cursor: pointer; }`);
  if (selectedId && SAFE_ID.test(selectedId)) rules.push(`${selector([selectedId])} { box-shadow: 0 0 0 2px rgb(29 78 216 / 0.45); border-radius: 2px; }`);
  return rules.join("\n");
}

export function HighlightStyles({ items, selectedId }: { items: AnnotationDTO[]; selectedId: string | null }) {
  const css = useMemo(() => highlightCss(items, selectedId), [items, selectedId]);
  return <style data-annotation-styles="">{css}</style>;
}
