import { db } from "@/lib/db";
import { liveAnchors } from "@/lib/annotations/live-anchors";
import { locateQuote, resolveEvidence, type EvidencePaper, type StoredEvidence } from "@/lib/claims/evidence";
import { DomainError } from "@/lib/documents/errors";
import type { EvidenceInput } from "@/lib/claims/schemas";

async function paperOf(documentId: string): Promise<EvidencePaper> {
  const [row, anchors] = await Promise.all([db().document.findUniqueOrThrow({ where: { id: documentId }, select: { citations: true } }), liveAnchors(documentId)]);
  return { plainText: anchors.plainText, citations: Array.isArray(row.citations) ? (row.citations as EvidencePaper["citations"]) : [] };
}

/**
 * Evidence for an argument, checked against THIS document's live text and citations (like
 * stance evidence). A passage that names another document is refused outright, before its
 * quote could happen to match this paper.
 */
export async function argumentEvidence(documentId: string, items: (EvidenceInput & { documentId?: string })[]): Promise<StoredEvidence[]> {
  const fields: Record<string, string> = {};
  items.forEach((item, index) => {
    if (item.documentId !== undefined && item.documentId !== documentId) fields[`evidence.${index}.documentId`] = "Arguments cite passages of this paper only.";
  });
  if (Object.keys(fields).length > 0) throw new DomainError(422, "invalid_input", "Some evidence is from another document.", { fields });
  if (items.length === 0) return [];
  return resolveEvidence(
    items.map(({ documentId: _ignored, ...item }) => item as EvidenceInput),
    await paperOf(documentId),
  );
}

/** A question's source passage, moved to its nearest occurrence in the live text; 422 when absent. */
export async function questionPassage(documentId: string, passage: { start: number; quote: string }): Promise<{ start: number; end: number; quote: string }> {
  const { plainText } = await liveAnchors(documentId);
  const at = locateQuote(plainText, passage.quote, passage.start);
  if (at === -1) throw new DomainError(422, "invalid_input", "This passage is not in the paper.", { fields: { "passage.quote": "This passage is not in the paper." } });
  return { start: at, end: at + passage.quote.length, quote: passage.quote };
}
