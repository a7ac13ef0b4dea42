import { randomUUID } from "node:crypto";
import { Redis as RedisClient } from "ioredis";

/**
 * What one app instance tells the others: room events (pushes to a document's room), access
 * re-checks, presence snapshots. With Redis it is pub/sub on one channel per kind; without,
 * it is this process alone (one instance needs nobody else).
 */
export type BusChannel = "room-events" | "access" | "presence";

export interface ClusterBus {
  readonly instanceId: string;
  /** True when messages reach other instances (Redis configured). */
  readonly shared: boolean;
  /** Key prefix of this deployment's Redis keys ("disputatio:" unless configured). */
  readonly prefix: string;
  /** The command connection, for presence keys; null without Redis. */
  readonly redis: RedisClient | null;
  /** Sends to the other instances; never throws (a lost Redis is logged, local work goes on). */
  publish(channel: BusChannel, message: unknown): void;
  /** Messages from the other instances only: each instance handles its own locally, at once. */
  subscribe(channel: BusChannel, handler: (message: unknown, origin: string) => void): void;
  /** Whether Redis answers now (for /api/health); true without Redis. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

interface Envelope {
  o: string; // origin instance
  m: unknown;
}

export interface ClusterBusOptions {
  redisUrl?: string;
  prefix?: string;
  log?: (message: string) => void;
}

export function createClusterBus(options: ClusterBusOptions = {}): ClusterBus {
  const instanceId = randomUUID();
  const prefix = options.prefix ?? process.env.REDIS_PREFIX ?? "disputatio:";
  const handlers = new Map<BusChannel, ((message: unknown, origin: string) => void)[]>();
  const log = options.log ?? ((message: string) => console.log(message));
  if (!options.redisUrl) {
    return {
      instanceId,
      shared: false,
      prefix,
      redis: null,
      publish() {},
      subscribe(channel, handler) {
        handlers.set(channel, [...(handlers.get(channel) ?? []), handler]);
      },
      ping: async () => true,
      close: async () => {},
    };
  }

  // No offline queue: while Redis is away, publishes fail at once instead of piling up in
  // memory; the instance keeps serving its own clients and says so once per outage.
  const connectionOptions = { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false } as const;
  const pub = new RedisClient(options.redisUrl, connectionOptions);
  const sub = new RedisClient(options.redisUrl, { ...connectionOptions, enableOfflineQueue: true });
  let down = false;
  const onError = (error: Error) => {
    if (down) return;
    down = true;
    log(`Redis is unreachable (${error.message}): this instance keeps serving its own clients; other instances will not hear from it until Redis is back.`);
  };
  const onReady = () => {
    if (down) log("Redis is reachable again: instances share room events, presence and access changes again.");
    down = false;
  };
  for (const client of [pub, sub]) {
    client.on("error", onError);
    client.on("ready", onReady);
  }
  const channelName = (channel: BusChannel) => `${prefix}bus:${channel}`;
  const subscribed = new Set<BusChannel>();

  sub.on("message", (channel: string, raw: string) => {
    const kind = channel.slice(`${prefix}bus:`.length) as BusChannel;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch {
      return; // not ours
    }
    if (envelope.o === instanceId) return;
    for (const handler of handlers.get(kind) ?? []) {
      try {
        handler(envelope.m, envelope.o);
      } catch (error) {
        log(`cluster ${kind} handler failed: ${String(error)}`);
      }
    }
  });

  return {
    instanceId,
    shared: true,
    prefix,
    redis: pub,
    publish(channel, message) {
      const envelope: Envelope = { o: instanceId, m: message };
      pub.publish(channelName(channel), JSON.stringify(envelope)).catch(onError);
    },
    subscribe(channel, handler) {
      handlers.set(channel, [...(handlers.get(channel) ?? []), handler]);
      if (subscribed.has(channel)) return;
      subscribed.add(channel);
      sub.subscribe(channelName(channel)).catch(onError);
    },
    async ping() {
      try {
        return (await Promise.race([pub.ping(), new Promise<string>((_, reject) => setTimeout(() => reject(new Error("timeout")), 1000))])) === "PONG";
      } catch {
        return false;
      }
    },
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
