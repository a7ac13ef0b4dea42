import { db } from "@/lib/db";
import { excerptOf } from "@/lib/threads/describe-inbox-item";
import { PERSON_SELECT, presentPerson, type PersonRow } from "@/lib/threads/present";
import { FLAG_VIEW_SELECT, presentFlag, type FlaggedItem } from "./present";

/** Open flags on one document or several, with what was flagged; callers have checked the policy. */
export type FlagScope = { documentId: string } | { documentId: { in: string[] } };

const ANNOTATION_SELECT = { id: true, documentId: true, kind: true, quote: true, body: true, hiddenAt: true, author: { select: PERSON_SELECT } } as const;
const REPLY_SELECT = {
  id: true,
  annotationId: true,
  body: true,
  hiddenAt: true,
  author: { select: PERSON_SELECT },
  annotation: { select: { documentId: true, kind: true, quote: true } },
} as const;

/**
 * One item per flagged annotation or reply in scope, in the order of its oldest open flag, with
 * an excerpt of what was flagged. Private annotations (and replies under them) never appear,
 * even if their author flagged one before it became private.
 */
export async function flaggedItems(scope: FlagScope, limit?: number): Promise<FlaggedItem[]> {
  const flags = await db().flag.findMany({ where: { ...scope, resolvedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: FLAG_VIEW_SELECT });
  const idsOf = (type: string) => flags.filter((flag) => flag.targetType === type).map((flag) => flag.targetId);
  const [annotations, replies] = await Promise.all([
    db().annotation.findMany({ where: { id: { in: idsOf("annotation") }, ...scope, visibility: "group" }, select: ANNOTATION_SELECT }),
    db().reply.findMany({ where: { id: { in: idsOf("reply") }, annotation: { ...scope, visibility: "group" } }, select: REPLY_SELECT }),
  ]);

  const shell = (row: { id: string; body: string; hiddenAt: Date | null; author: PersonRow | null }) => ({
    targetId: row.id,
    excerpt: excerptOf(row.body),
    author: presentPerson(row.author),
    hidden: row.hiddenAt !== null,
    flags: [],
  });
  const targets = new Map<string, FlaggedItem>([
    ...annotations.map((row): [string, FlaggedItem] => [
      `annotation:${row.id}`,
      { ...shell(row), targetType: "annotation", annotationId: row.id, documentId: row.documentId, kind: row.kind, quote: row.quote },
    ]),
    ...replies.map((row): [string, FlaggedItem] => [
      `reply:${row.id}`,
      { ...shell(row), targetType: "reply", annotationId: row.annotationId, documentId: row.annotation.documentId, kind: row.annotation.kind, quote: row.annotation.quote },
    ]),
  ]);
  const items = new Map<string, FlaggedItem>();
  for (const flag of flags) {
    const key = `${flag.targetType}:${flag.targetId}`;
    const target = targets.get(key);
    if (!target) continue;
    if (!items.has(key)) items.set(key, target);
    target.flags.push(presentFlag(flag));
  }
  const all = [...items.values()];
  return limit === undefined ? all : all.slice(0, limit);
}
