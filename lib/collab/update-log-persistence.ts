import type { Extension, beforeHandleMessagePayload, onChangePayload, onLoadDocumentPayload, afterUnloadDocumentPayload } from "@hocuspocus/server";
import { Connection } from "@hocuspocus/server";
import { db } from "@/lib/db";
import { applyStoredUpdates, loadStoredUpdates } from "./document-state";
import { toStoredBytes } from "./bytes";
import { compactUpdateLog } from "./compact-update-log";
import { documentUpdateIn, isEmptyUpdate } from "./sync-message";

const COMPACT_AFTER_ROWS = 200;
// The transaction origin @hocuspocus/extension-redis 3.4 gives updates from other instances.
const REDIS_ORIGIN = "__hocuspocus__redis__origin__";

/**
 * Persistence that loses nothing acknowledged. Hocuspocus acknowledges an update (SyncStatus)
 * right after applying it, and only awaits `beforeHandleMessage` before applying; so a
 * client's update is appended to the log there, before it is applied and acknowledged. Updates
 * made on the server (direct connections) are appended from `onChange` and awaited in
 * `onStoreDocument`, which a direct connection's `transact` awaits. The log is folded into a
 * snapshot in the background and on unload.
 */
export class UpdateLogPersistence implements Extension {
  priority = 50;
  private pending = new Set<Promise<unknown>>();
  private rowsSinceCompaction = new Map<string, number>();
  private compacting = new Map<string, Promise<unknown>>();

  constructor(private readonly options: { log?: (message: string) => void } = {}) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
    const updates = await loadStoredUpdates(documentName);
    applyStoredUpdates(document, updates, (error) => this.options.log?.(`Skipped an undecodable stored update of ${documentName}: ${String(error)}`));
    return document;
  }

  async beforeHandleMessage({ connection, documentName, update }: beforeHandleMessagePayload) {
    const carried = documentUpdateIn(update);
    if (!carried || connection.readOnly || isEmptyUpdate(carried)) return;
    await this.track(this.append(documentName, carried));
  }

  async onChange({ documentName, transactionOrigin, update }: onChangePayload) {
    // Client updates were stored before they were applied (beforeHandleMessage); updates relayed
    // from another instance through Redis were stored by the instance that received them.
    if (transactionOrigin instanceof Connection || transactionOrigin === REDIS_ORIGIN) return;
    void this.track(this.append(documentName, update)).catch((error) => this.options.log?.(`Failed to store a server update of ${documentName}: ${String(error)}`));
  }

  async onStoreDocument() {
    await this.flush();
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    await this.compact(documentName);
  }

  /** Waits for every append in flight. Called on shutdown before the database closes. */
  async flush() {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    await Promise.allSettled([...this.compacting.values()]);
  }

  private async append(documentName: string, update: Uint8Array) {
    await db().yUpdate.create({ data: { documentId: documentName, data: toStoredBytes(update) } });
    const rows = (this.rowsSinceCompaction.get(documentName) ?? 0) + 1;
    this.rowsSinceCompaction.set(documentName, rows);
    if (rows >= COMPACT_AFTER_ROWS) void this.compact(documentName);
  }

  private compact(documentName: string) {
    const running = this.compacting.get(documentName);
    if (running) return running;
    this.rowsSinceCompaction.set(documentName, 0);
    const job = compactUpdateLog(documentName)
      .catch((error) => this.options.log?.(`Compaction of ${documentName} failed (the log is kept): ${String(error)}`))
      .finally(() => this.compacting.delete(documentName));
    this.compacting.set(documentName, job);
    return job;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise)).catch(() => {});
    return promise;
  }
}
