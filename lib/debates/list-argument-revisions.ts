import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { storedEvidence, type StoredEvidence } from "@/lib/claims/evidence";
import { argumentNotFound, loadArgument } from "./load-argument";

export interface ArgumentRevisionDTO {
  body: string;
  evidence: StoredEvidence[];
  createdAt: string;
}

/** An argument's earlier versions, oldest first; a hidden argument's only for moderators. */
export async function listArgumentRevisions(actor: Actor, argumentId: string): Promise<{ items: ArgumentRevisionDTO[]; nextCursor: null }> {
  const { argument, loaded } = await loadArgument(actor, argumentId);
  if (argument.status === "merged" || (argument.hiddenAt && !can(actor, "debate.moderate", loaded.access))) throw argumentNotFound();
  const rows = await db().argumentRevision.findMany({ where: { argumentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { body: true, evidence: true, createdAt: true } });
  return { items: rows.map((row) => ({ body: row.body, evidence: storedEvidence(row.evidence), createdAt: row.createdAt.toISOString() })), nextCursor: null };
}
