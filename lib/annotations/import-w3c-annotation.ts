import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { anchorFromTextQuote } from "./anchoring";
import { createAnnotation } from "./create-annotation";
import { liveAnchors } from "./live-anchors";
import { annotationRowSelect, presentAnnotation, type AnnotationDTO, type AnnotationRow } from "./present";
import { fromW3CAnnotation } from "./w3c";

/**
 * Imports a Web Annotation made elsewhere (Hypothesis and others export these): anchored by its
 * TextQuoteSelector in the live text (exact, then fuzzy, using a TextPositionSelector as a hint),
 * and kept as an orphan with its quote when nothing in the paper matches — never dropped.
 */
export async function importW3CAnnotation(actor: Actor, documentId: string, json: unknown): Promise<AnnotationDTO> {
  const input = fromW3CAnnotation(json);
  if (actor.kind !== "user") throw new DomainError(401, "unauthenticated", "Sign in to annotate.");
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  if (!can(actor, "document.annotate", access)) throw new DomainError(403, "forbidden", "Viewers read; participants annotate.");

  const { plainText } = await liveAnchors(documentId);
  const match = anchorFromTextQuote(input.quoteSelector, plainText, input.positionHint);
  if (match) {
    const quote = plainText.slice(match.start, match.end);
    return createAnnotation(actor, documentId, { kind: input.kind, body: input.body, tags: input.tags, visibility: "group", anchor: { start: match.start, end: match.end, quote } });
  }
  const { exact, prefix = "", suffix = "" } = input.quoteSelector;
  const row = await db().annotation.create({
    data: {
      id: randomBytes(12).toString("hex"),
      documentId,
      authorId: actor.userId,
      kind: input.kind,
      body: input.body,
      tags: input.tags,
      quote: exact,
      prefix: prefix.slice(-32),
      suffix: suffix.slice(0, 32),
      start: input.positionHint?.start ?? 0,
      end: input.positionHint?.end ?? exact.length,
      orphanedAt: new Date(),
    },
    select: annotationRowSelect,
  });
  return presentAnnotation(row as AnnotationRow, { position: null, stances: { supported: 0, contested: 0, mine: null } });
}

