import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { announceDebateChange } from "./announce-debate-change";
import { argumentView } from "./argument-views";
import { assertNotMerged, assertOpen, loadArgument } from "./load-argument";
import { argumentEvidence } from "./paper-evidence";
import type { ArgumentDTO } from "./present";
import { editArgumentInput } from "./schemas";

/**
 * The author edits their argument while it has no replies and the question is open. The
 * previous body and evidence are kept as a revision. The UPDATE is conditional on "still no
 * replies", so a reply that lands first wins and the edit gets 409.
 */
export async function editArgument(actor: Actor, argumentId: string, input: unknown): Promise<ArgumentDTO> {
  const { argument, loaded } = await loadArgument(actor, argumentId);
  if (actor.kind !== "user" || argument.authorId !== actor.userId) throw new DomainError(403, "forbidden", "Only its author edits an argument.");
  assertNotMerged(argument);
  const { body, evidence } = editArgumentInput.parse(input);
  assertOpen(loaded);
  const stored = evidence === undefined ? undefined : await argumentEvidence(loaded.question.documentId, evidence);
  await db().$transaction(async (tx) => {
    const replies = await tx.argument.count({ where: { parentId: argumentId, status: { not: "merged" } } });
    if (replies > 0) throw new DomainError(409, "has_replies", "An argument with replies can no longer be edited.");
    await tx.argumentRevision.create({ data: { argumentId, body: argument.body, evidence: argument.evidence as Prisma.InputJsonValue } });
    const { count } = await tx.argument.updateMany({
      where: { id: argumentId, status: { not: "merged" }, children: { none: { status: { not: "merged" } } } },
      data: { body, ...(stored === undefined ? {} : { evidence: stored }), editedAt: new Date() },
    });
    if (count === 0) throw new DomainError(409, "has_replies", "An argument with replies can no longer be edited.");
  });
  announceDebateChange(loaded.question.documentId, loaded.question.id, [argumentId]);
  return (await argumentView(actor, loaded, argumentId))!;
}
