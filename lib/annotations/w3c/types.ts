import type { z } from "zod";
import type { TextAnchor, TextQuote, TextRange } from "@/lib/annotations/anchoring";
import type { ClaimStatus } from "@/lib/annotations/claim-status";
import type { kindSchema } from "@/lib/annotations/schemas";

export type AnnotationKind = z.infer<typeof kindSchema>;

/**
 * What the W3C mapping needs of an annotation (the API's annotation DTO has more; it fits, and
 * could be declared as extending this).
 * Dates are ISO 8601 strings. `anchor.orphaned`: the passage is gone from the live text, so
 * start/end no longer point at the quote.
 */
export interface W3CAnnotationDto {
  id: string;
  documentId: string;
  kind: AnnotationKind;
  body: string;
  tags: string[];
  visibility: "group" | "private";
  author: { id: string | null; name: string };
  anchor: TextAnchor & { orphaned: boolean };
  createdAt: string;
  updatedAt: string;
  resolved: boolean;
  claim?: { status: ClaimStatus; supported: number; contested: number };
}

/** Absolute URLs: the site (annotation ids are `${baseUrl}/api/annotations/<id>`) and the annotated document. */
export interface W3CUrls {
  baseUrl: string;
  documentUrl: string;
}

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export type W3CMotivation = "commenting" | "questioning" | "classifying" | "tagging" | "assessing";

export interface W3CTextualBody {
  type: "TextualBody";
  value: string;
  format: "text/markdown" | "text/plain";
  purpose: W3CMotivation;
}

export interface W3CTextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface W3CTextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface W3CAnnotation {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: W3CMotivation;
  created: string;
  modified: string;
  creator: { type: "Person"; name: string };
  body: W3CTextualBody[];
  target: { source: string; selector: (W3CTextQuoteSelector | W3CTextPositionSelector)[] };
}

/** One page of a document's annotations, as the API lists them (page numbers start at 0). */
export interface W3CPageInput {
  items: W3CAnnotationDto[];
  /** How many annotations the whole collection holds (group annotations only). */
  total: number;
  page: number;
  pageSize: number;
  collectionUrl: string;
  label: string;
}

export interface W3CAnnotationPage {
  "@context"?: typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationPage";
  partOf?: { id: string; type: "AnnotationCollection"; label: string; total: number; first?: string; last?: string };
  startIndex: number;
  items: W3CAnnotation[];
  next?: string;
  prev?: string;
}

export interface W3CAnnotationCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: ["AnnotationCollection"];
  label: string;
  total: number;
  first?: W3CAnnotationPage;
  last?: string;
}

/** A W3C annotation reduced to what Disputatio can create from it; anchor it with anchorFromTextQuote. */
export interface W3CAnnotationInput {
  body: string;
  tags: string[];
  kind: AnnotationKind;
  quoteSelector: TextQuote;
  positionHint: TextRange | null;
}
