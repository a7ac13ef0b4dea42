import { DomainError } from "@/lib/documents/errors";
import type { EvidenceInput } from "./schemas";

/** Evidence as stored on a stance and shown to readers; a citation carries its label. */
export type StoredEvidence =
  | { type: "url"; url: string }
  | { type: "citation"; key: string; label: string }
  | { type: "passage"; start: number; end: number; quote: string };

/** What evidence is checked against: the document's citations and its current plain text. */
export interface EvidencePaper {
  plainText: string;
  citations: { key: string; label: string }[];
}

/** The occurrence of `quote` nearest to `start`, or -1 when the text does not contain it. */
export function locateQuote(text: string, quote: string, start: number): number {
  if (text.startsWith(quote, start)) return start;
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at;
    if (at > start) break;
  }
  return best;
}

/**
 * Checks evidence against the paper and returns it as stored. A citation must be one of the
 * paper's own (the list found at import); a passage's quote must occur in the paper's current
 * text, and its offsets are moved to the nearest occurrence (the client's text may be a few
 * edits behind). Offsets are into the text at the time the stance was taken: later revisions
 * do not move them (unlike annotation marks); the quote is what stays authoritative.
 * Every failure is reported at once, under the field path the client sent (`evidence.2.key`).
 */
export function resolveEvidence(items: EvidenceInput[], paper: EvidencePaper): StoredEvidence[] {
  const fields: Record<string, string> = {};
  const labels = new Map(paper.citations.map((citation) => [citation.key, citation.label]));
  const resolved = items.map((item, index): StoredEvidence => {
    switch (item.type) {
      case "url":
        return { type: "url", url: item.url };
      case "citation": {
        const label = labels.get(item.key);
        if (label === undefined) fields[`evidence.${index}.key`] = "Not one of this paper's citations.";
        return { type: "citation", key: item.key, label: label ?? "" };
      }
      case "passage": {
        const at = locateQuote(paper.plainText, item.quote, item.start);
        if (at === -1) fields[`evidence.${index}.quote`] = "This passage is not in the paper.";
        return { type: "passage", start: at, end: at + item.quote.length, quote: item.quote };
      }
    }
  });
  if (Object.keys(fields).length > 0) throw new DomainError(422, "invalid_input", "Some evidence does not match the paper.", { fields });
  return resolved;
}

/** Stored evidence read back from its JSON column (written only by `resolveEvidence`). */
export function storedEvidence(value: unknown): StoredEvidence[] {
  return Array.isArray(value) ? (value as StoredEvidence[]) : [];
}
