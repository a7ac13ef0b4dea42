import { Redis } from "@hocuspocus/extension-redis";
import type { afterLoadDocumentPayload, onAwarenessUpdatePayload, onChangePayload, onStoreDocumentPayload } from "@hocuspocus/server";
import { Redis as RedisClient } from "ioredis";

// How long a document's first load waits for its Redis subscription before serving local
// clients anyway (the subscription completes by itself when Redis is back).
const SUBSCRIBE_WAIT_MS = 1_500;

/**
 * The Hocuspocus Redis extension, made to fail soft. As shipped, a Redis that does not answer
 * stops an instance cold: a document's load waits forever on its subscription, and since
 * Hocuspocus runs hooks as one promise chain, a failed publish in `onChange` or a lost lock
 * race in `onStoreDocument` rejects the chain and skips the hooks after it, ours included
 * (the update log's store of server-side edits). Here every Redis step is best effort: it is
 * logged, and the instance keeps serving its own clients from its own log.
 */
export class ResilientRedis extends Redis {
  constructor(redisUrl: string, private readonly log: (message: string) => void) {
    super({
      // The extension holds every server-side store this long; our log needs no such wait
      // (an annotation's mark took 2 s to write and push with the default 1 s, measured).
      disconnectDelay: 0,
      createClient: () => {
        const client = new RedisClient(redisUrl, { maxRetriesPerRequest: 1 });
        // The cluster bus already says when Redis is away; without a listener ioredis prints
        // "Unhandled error event" on every reconnect attempt.
        client.on("error", () => {});
        return client;
      },
    });
  }

  async afterLoadDocument(payload: afterLoadDocumentPayload) {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), SUBSCRIBE_WAIT_MS)));
    try {
      const outcome = await Promise.race([super.afterLoadDocument(payload), waited]);
      if (outcome === "timeout") this.log(`Redis did not confirm the subscription to ${payload.documentName}; serving it from this instance meanwhile.`);
    } catch (error) {
      this.log(`Redis subscription to ${payload.documentName} failed (${String(error)}); serving it from this instance.`);
    } finally {
      clearTimeout(timer);
    }
  }

  async onStoreDocument(payload: onStoreDocumentPayload) {
    // Losing the lock race only means another instance stores too; our log is append-only.
    await super.onStoreDocument(payload).catch(() => {});
  }

  async afterStoreDocument(payload: Parameters<Redis["afterStoreDocument"]>[0]) {
    await super.afterStoreDocument(payload).catch(() => {});
  }

  async onChange(payload: onChangePayload) {
    await super.onChange(payload).catch(() => {});
  }

  async onAwarenessUpdate(payload: onAwarenessUpdatePayload) {
    return super.onAwarenessUpdate(payload).catch(() => undefined);
  }

  async beforeBroadcastStateless(payload: Parameters<Redis["beforeBroadcastStateless"]>[0]) {
    return super.beforeBroadcastStateless(payload).catch(() => 0);
  }
}
