import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { can } from "@/lib/auth/policy";
import { broadcastToDocument } from "@/lib/collab/broadcast";
import { collabServer } from "@/lib/collab/registry";
import { MarkRangeError, writeAnnotationMark } from "@/lib/collab/write-annotation-mark";
import { DomainError } from "@/lib/documents/errors";
import { notifyMentions } from "@/lib/threads/mention-notices";
import { AnchorError, describeSelection } from "./anchoring";
import { liveAnchors } from "./live-anchors";
import { annotationRowSelect, presentAnnotation, type AnnotationDTO } from "./present";
import { createAnnotationInput, type CreateAnnotationInput } from "./schemas";

/**
 * Creates an annotation: validate, check the selected text against the live document, store,
 * then (for group annotations) write its mark into the shared document through the server, and
 * tell the room. If the passage changed between the check and the mark, the row is removed and
 * the caller gets 409: nothing is half-written. Private annotations get no mark in the shared
 * document (its id would show others that something is there); they re-anchor by quote.
 */
export async function createAnnotation(actor: Actor, documentId: string, input: CreateAnnotationInput): Promise<AnnotationDTO> {
  const { kind, body, tags, visibility, anchor } = createAnnotationInput.parse(input);
  if (actor.kind !== "user") throw new DomainError(401, "unauthenticated", "Sign in to annotate.");
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  if (!can(actor, "document.annotate", access)) throw new DomainError(403, "forbidden", "Viewers read; participants annotate.");

  const { plainText } = await liveAnchors(documentId);
  let selector;
  try {
    selector = describeSelection(plainText, anchor.start, anchor.end);
  } catch (error) {
    if (error instanceof AnchorError) throw new DomainError(422, "invalid_anchor", error.message, { fields: { anchor: error.message } });
    throw error;
  }
  if (selector.quote !== anchor.quote) {
    throw new DomainError(422, "invalid_anchor", "The selected text is not at that place in the paper (it may have just changed); select it again.", { fields: { anchor: "Quote does not match." } });
  }

  const id = randomBytes(12).toString("hex");
  const row = await db().annotation.create({
    data: { id, documentId, authorId: actor.userId, kind, body, tags, visibility, ...selector },
    select: annotationRowSelect,
  });

  const collab = collabServer();
  if (visibility === "group" && collab) {
    try {
      await writeAnnotationMark(collab.hocuspocus, documentId, { annotationId: id, start: selector.start, end: selector.end, expectedQuote: selector.quote });
    } catch (error) {
      await db().annotation.delete({ where: { id } });
      if (error instanceof MarkRangeError) throw new DomainError(409, "passage_changed", "The passage changed while you were annotating it; select it again.");
      throw error;
    }
  }
  if (visibility === "group") await notifyMentions({ groupId: access.groupId, documentId, annotationId: id, actorId: actor.userId, body });
  // Private annotations are nobody else's business: the room is not even told one exists.
  if (visibility === "group") broadcastToDocument({ type: "annotations-changed", documentId, ids: [id] });
  return presentAnnotation(row, { stances: { supported: 0, contested: 0, mine: null } });
}
