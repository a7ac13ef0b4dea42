import type { Actor } from "@/lib/auth/actor";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { can, type DocumentAccess } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";

/**
 * The report is for the paper's authors, owners and moderators. Everyone else gets the same 404
 * as for a missing document (participants and viewers are not told a report exists).
 */
export async function loadReportAccess(actor: Actor, documentId: string): Promise<DocumentAccess> {
  if (actor.kind === "anonymous") throw new DomainError(401, "unauthenticated", "Sign in to read the feedback report.");
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "report.read", access)) throw new DomainError(404, "not_found", "No such document.");
  return access;
}

/** Whether the actor may read the report (for showing a link to it), without throwing. */
export async function mayReadReport(actor: Actor, documentId: string): Promise<boolean> {
  if (actor.kind === "anonymous") return false;
  const access = await loadDocumentAccess(actor, documentId);
  return access !== null && can(actor, "report.read", access);
}
