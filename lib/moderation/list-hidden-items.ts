import { db } from "@/lib/db";
import { excerptOf } from "@/lib/threads/describe-inbox-item";
import { PERSON_SELECT, presentPerson, type PersonRef } from "@/lib/threads/present";
import type { TargetType } from "./schemas";

/** Something a moderator hid, so the dashboard can offer to restore it. */
export interface HiddenItem {
  targetType: TargetType;
  targetId: string;
  annotationId: string;
  documentId: string;
  quote: string;
  excerpt: string;
  author: PersonRef;
  hiddenAt: string;
  hiddenReason: string | null;
}

/**
 * The most recently hidden annotations and replies of the given documents, newest first (up to
 * `limit` of each kind, then merged). Private notes cannot be hidden, so none appear. The caller
 * has checked that the actor moderates these documents.
 */
export async function recentlyHidden(documentIds: string[], limit = 20): Promise<HiddenItem[]> {
  const inScope = { documentId: { in: documentIds }, visibility: "group" as const };
  const [annotations, replies] = await Promise.all([
    db().annotation.findMany({
      where: { ...inScope, hiddenAt: { not: null } },
      orderBy: { hiddenAt: "desc" },
      take: limit,
      select: { id: true, documentId: true, quote: true, body: true, hiddenAt: true, hiddenReason: true, author: { select: PERSON_SELECT } },
    }),
    db().reply.findMany({
      where: { annotation: inScope, hiddenAt: { not: null } },
      orderBy: { hiddenAt: "desc" },
      take: limit,
      select: { id: true, annotationId: true, body: true, hiddenAt: true, hiddenReason: true, author: { select: PERSON_SELECT }, annotation: { select: { documentId: true, quote: true } } },
    }),
  ]);
  const items: HiddenItem[] = [
    ...annotations.map((row) => ({ targetType: "annotation" as const, targetId: row.id, annotationId: row.id, documentId: row.documentId, quote: row.quote, body: row.body, row })),
    ...replies.map((row) => ({ targetType: "reply" as const, targetId: row.id, annotationId: row.annotationId, documentId: row.annotation.documentId, quote: row.annotation.quote, body: row.body, row })),
  ].map(({ row, body, ...item }) => ({ ...item, excerpt: excerptOf(body), author: presentPerson(row.author), hiddenAt: row.hiddenAt!.toISOString(), hiddenReason: row.hiddenReason }));
  return items.sort((a, b) => b.hiddenAt.localeCompare(a.hiddenAt)).slice(0, limit);
}
