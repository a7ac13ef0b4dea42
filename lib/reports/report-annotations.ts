import { db } from "@/lib/db";
import { claimStatus } from "@/lib/annotations/claim-status";
import { FORMER_MEMBER } from "@/lib/annotations/present";
import { storedEvidence } from "@/lib/claims/evidence";
import { annotationLink } from "./links";
import type { PlacedAnnotation } from "./rank";
import type { ReportClaim, ReportOrphan, ReportReason, ReportUnanswered } from "./types";

/** What the report may show of a document's annotations: the group's, never private, never hidden. */
export const reportable = (documentId: string) => ({ documentId, visibility: "group" as const, hiddenAt: null });

/** A member's name as the report shows it (deleted accounts read "Former member"). */
export const personName = (person: { name: string; deletedAt: Date | null } | null) => (person && !person.deletedAt ? person.name : FORMER_MEMBER);

export interface AnnotationFacts {
  claims: ReportClaim[];
  placed: (PlacedAnnotation & { status?: ReportClaim["status"] })[];
  unanswered: ReportUnanswered[];
  orphans: ReportOrphan[];
  totals: { annotations: number; claims: number; replies: number; stances: number; orphans: number };
}

/**
 * The annotation side of the report in three queries whatever the number of annotations: the
 * rows with their visible reply counts, every stance on a reportable claim (reasons included),
 * and nothing else. `marks` are the live positions: an annotation without one (or marked
 * orphaned) lost its passage to a revision and is listed apart.
 */
export async function loadAnnotationFacts(documentId: string, marks: Map<string, { start: number; end: number }>, sectionTitle: (offset: number) => string): Promise<AnnotationFacts> {
  const [rows, stances] = await Promise.all([
    db().annotation.findMany({
      where: reportable(documentId),
      orderBy: [{ start: "asc" }, { id: "asc" }],
      select: {
        id: true, kind: true, body: true, quote: true, start: true, end: true, orphanedAt: true, answerId: true, createdAt: true,
        revisedAt: true, revisionUrl: true, revisionNote: true,
        author: { select: { name: true, deletedAt: true } },
        _count: { select: { replies: { where: { hiddenAt: null } } } },
      },
    }),
    db().claimStance.findMany({
      where: { annotation: { ...reportable(documentId), kind: "claim" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { annotationId: true, value: true, reason: true, evidence: true, user: { select: { name: true, deletedAt: true } } },
    }),
  ]);
  const reasons = new Map<string, { supported: ReportReason[]; contested: ReportReason[] }>();
  for (const stance of stances) {
    let sides = reasons.get(stance.annotationId);
    if (!sides) reasons.set(stance.annotationId, (sides = { supported: [], contested: [] }));
    sides[stance.value].push({ reason: stance.reason, evidence: storedEvidence(stance.evidence), author: personName(stance.user) });
  }

  const facts: AnnotationFacts = { claims: [], placed: [], unanswered: [], orphans: [], totals: { annotations: rows.length, claims: 0, replies: 0, stances: stances.length, orphans: 0 } };
  for (const row of rows) {
    const position = row.orphanedAt ? null : (marks.get(row.id) ?? null);
    const link = annotationLink(documentId, row.id);
    const replies = row._count.replies;
    facts.totals.replies += replies;
    if (!position) {
      facts.orphans.push({ id: row.id, kind: row.kind, quote: row.quote, body: row.body, link });
      facts.totals.orphans++;
    }
    const section = position ? sectionTitle(position.start) : "Orphaned passage";
    const sides = reasons.get(row.id) ?? { supported: [], contested: [] };
    const supported = row.kind === "claim" ? sides.supported.length : 0;
    const contested = row.kind === "claim" ? sides.contested.length : 0;
    const status = claimStatus(supported, contested);
    if (position) facts.placed.push({ start: position.start, kind: row.kind, replies, supported, contested, ...(row.kind === "claim" ? { status } : {}) });
    if (row.kind === "claim") {
      facts.totals.claims++;
      facts.claims.push({
        id: row.id, quote: row.quote, body: row.body, author: personName(row.author), section,
        anchor: position ?? { start: row.start, end: row.end }, createdAt: row.createdAt.toISOString(),
        status, claim: { supported, contested }, reasons: sides,
        revised: row.revisedAt ? { at: row.revisedAt.toISOString(), url: row.revisionUrl, note: row.revisionNote } : null,
        replies, link,
      });
    }
    if (row.kind === "question" && row.answerId === null) facts.unanswered.push({ id: row.id, quote: row.quote, body: row.body, section, replies, link });
  }
  return facts;
}
