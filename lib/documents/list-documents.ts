import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { presentDocumentSummary, type DocumentSummary } from "./present";

const PAGE_SIZE = 50;

/** Documents the actor may read, filtered in the query (never loaded, then dropped). */
export function documentsVisibleTo(actor: Actor) {
  if (actor.kind === "system") return {};
  if (actor.kind !== "user") return { id: { in: [] as string[] } };
  return { group: { memberships: { some: { userId: actor.userId } } } };
}

export async function listDocuments(actor: Actor, cursor?: string): Promise<{ items: DocumentSummary[]; nextCursor: string | null }> {
  const rows = await db().document.findMany({
    where: documentsVisibleTo(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: { id: true, title: true, format: true, createdAt: true },
  });
  const page = rows.slice(0, PAGE_SIZE);
  return { items: page.map((row) => presentDocumentSummary(row)), nextCursor: rows.length > PAGE_SIZE ? page[page.length - 1].id : null };
}
