"use client";

import { useId, useMemo, useState } from "react";
import { contestedness } from "@/lib/annotations/claim-status";
import { AnnotationCard } from "./annotation-card";
import type { AnnotationDTO } from "./types";

type Sort = "contested" | "recent" | "position";

const byPosition = (a: AnnotationDTO, b: AnnotationDTO) => a.anchor.start - b.anchor.start || a.createdAt.localeCompare(b.createdAt);
const COMPARE: Record<Sort, (a: AnnotationDTO, b: AnnotationDTO) => number> = {
  // Most disputed first (both sides large and balanced), ties in reading order: as the claims API sorts.
  contested: (a, b) => contestedness(b.claim?.supported ?? 0, b.claim?.contested ?? 0) - contestedness(a.claim?.supported ?? 0, a.claim?.contested ?? 0) || byPosition(a, b),
  recent: (a, b) => b.createdAt.localeCompare(a.createdAt),
  position: byPosition,
};

/** The paper's claims, most contested first, each with its status and counts. Claims are weighed; people never are. */
export function ClaimsPanel({ items }: { items: AnnotationDTO[] }) {
  const id = useId();
  const [sort, setSort] = useState<Sort>("contested");
  const claims = useMemo(() => items.filter((item) => item.claim).sort(COMPARE[sort]), [items, sort]);
  const tally = useMemo(() => {
    const counts = new Map<string, number>();
    for (const claim of claims) counts.set(claim.claim!.status, (counts.get(claim.claim!.status) ?? 0) + 1);
    return (["disputed", "contested", "supported", "unreviewed"] as const).filter((status) => counts.get(status)).map((status) => `${counts.get(status)} ${status}`);
  }, [claims]);

  return (
    <div className="claims-panel">
      <div className="filters">
        <div className="filter filter-inline">
          <label htmlFor={`${id}-sort`}>Sort claims by</label>
          <select id={`${id}-sort`} value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
            <option value="contested">Most contested</option>
            <option value="recent">Most recent</option>
            <option value="position">Position in the paper</option>
          </select>
        </div>
      </div>
      <p className="list-summary">{claims.length === 0 ? "No claims tagged yet. Select a passage and choose Claim." : `${claims.length} ${claims.length === 1 ? "claim" : "claims"}: ${tally.join(", ")}`}</p>
      <ol className="annotation-list" aria-label="Claims">
        {claims.map((claim) => (
          <li key={claim.id}>
            <AnnotationCard annotation={claim} />
          </li>
        ))}
      </ol>
    </div>
  );
}
