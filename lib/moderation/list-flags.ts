import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { DomainError } from "@/lib/documents/errors";
import { excerptOf } from "@/lib/threads/describe-inbox-item";
import { PERSON_SELECT, presentPerson, type PersonRow } from "@/lib/threads/present";
import { FLAG_VIEW_SELECT, presentFlag, type FlaggedItem } from "./present";

/**
 * A document's open flags for its moderators (403 for other members, 404 for non-members),
 * one item per flagged annotation or reply, oldest first, with an excerpt of what was flagged.
 * Private annotations never appear, even if their author flagged one before it became private.
 */
export async function listFlags(actor: Actor, documentId: string): Promise<{ items: FlaggedItem[]; nextCursor: null }> {
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  if (!can(actor, "group.moderate", access)) throw new DomainError(403, "forbidden", "Only moderators see flags.");
  const flags = await db().flag.findMany({ where: { documentId, resolvedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: FLAG_VIEW_SELECT });
  const idsOf = (type: string) => flags.filter((flag) => flag.targetType === type).map((flag) => flag.targetId);
  const [annotations, replies] = await Promise.all([
    db().annotation.findMany({
      where: { id: { in: idsOf("annotation") }, documentId, visibility: "group" },
      select: { id: true, kind: true, quote: true, body: true, hiddenAt: true, author: { select: PERSON_SELECT } },
    }),
    db().reply.findMany({
      where: { id: { in: idsOf("reply") }, annotation: { documentId, visibility: "group" } },
      select: { id: true, annotationId: true, body: true, hiddenAt: true, author: { select: PERSON_SELECT }, annotation: { select: { kind: true, quote: true } } },
    }),
  ]);

  const shell = (row: { id: string; body: string; hiddenAt: Date | null; author: PersonRow | null }) => ({
    targetId: row.id,
    excerpt: excerptOf(row.body),
    author: presentPerson(row.author),
    hidden: row.hiddenAt !== null,
    flags: [],
  });
  const targets = new Map<string, FlaggedItem>([
    ...annotations.map((row): [string, FlaggedItem] => [`annotation:${row.id}`, { ...shell(row), targetType: "annotation", annotationId: row.id, kind: row.kind, quote: row.quote }]),
    ...replies.map((row): [string, FlaggedItem] => [`reply:${row.id}`, { ...shell(row), targetType: "reply", annotationId: row.annotationId, kind: row.annotation.kind, quote: row.annotation.quote }]),
  ]);
  // Items in the order of their oldest open flag.
  const items = new Map<string, FlaggedItem>();
  for (const flag of flags) {
    const key = `${flag.targetType}:${flag.targetId}`;
    const target = targets.get(key);
    if (!target) continue;
    if (!items.has(key)) items.set(key, target);
    target.flags.push(presentFlag(flag));
  }
  return { items: [...items.values()], nextCursor: null };
}
