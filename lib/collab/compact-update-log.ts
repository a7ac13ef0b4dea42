import * as Y from "yjs";
import { db } from "@/lib/db";
import { toStoredBytes } from "./bytes";
import { applyStoredUpdates, loadStoredUpdates } from "./document-state";

/**
 * Folds a document's update log into its snapshot. Runs in one transaction under an advisory
 * lock (several app instances may share the database), and deletes exactly the rows it
 * folded, so a row committed while it ran survives for the next round.
 */
export async function compactUpdateLog(documentId: string): Promise<{ folded: number }> {
  return db().$transaction(
    async (tx) => {
      await tx.$queryRaw`select pg_advisory_xact_lock(hashtext(${"ylog:" + documentId}))::text as locked`;
      const snapshot = await tx.ySnapshot.findUnique({ where: { documentId } });
      const rows = await tx.yUpdate.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { id: true, data: true } });
      if (rows.length === 0) return { folded: 0 };
      const ydoc = new Y.Doc();
      applyStoredUpdates(ydoc, snapshot ? [snapshot.state, ...rows.map((r) => r.data)] : rows.map((r) => r.data));
      const state = toStoredBytes(Y.encodeStateAsUpdate(ydoc));
      ydoc.destroy();
      const lastUpdateId = rows[rows.length - 1].id;
      await tx.ySnapshot.upsert({
        where: { documentId },
        create: { documentId, state, lastUpdateId },
        update: { state, lastUpdateId },
      });
      await tx.yUpdate.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
      return { folded: rows.length };
    },
    { timeout: 30_000 },
  );
}

export { loadStoredUpdates };
