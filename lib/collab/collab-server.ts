import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type Extension } from "@hocuspocus/server";
import { WebSocketServer, type WebSocket } from "ws";
import { CollabAuth } from "./collab-auth";
import { MAX_CLIENT_STATELESS_BYTES } from "./client-stateless";
import { guardSocket, type SocketLimits } from "./socket-guard";
import { UpdateLogPersistence } from "./update-log-persistence";
import { reconcileDocumentAccess } from "./reconcile-access";
import { ResilientRedis } from "./resilient-redis";
import { createCluster, MAX_CONNECTIONS_PER_ADDRESS, type Cluster } from "./cluster";
import type { CollabContext } from "./collab-auth";

export const COLLAB_PATH = "/collab";
const MAX_PAYLOAD_BYTES = 1.5 * 1024 * 1024; // Outline's cap; a paper's edits are far smaller
// Hocuspocus queues every frame for a document name until that name authenticates, without
// bound: cap what waits, per socket, and how long each name may wait (see socket-guard.ts).
export const SOCKET_LIMITS: SocketLimits = {
  maxPendingBytes: 256 * 1024,
  authDeadlineMs: 10_000,
  maxPendingNames: 8,
  maxStatelessBytes: MAX_CLIENT_STATELESS_BYTES,
};
// Role changes made in this process, or on another instance through Redis, reach open sockets at
// once; the periodic re-check is a safety net (and how the CLI's changes arrive), slower when
// instances tell each other.
const ACCESS_RECHECK_MS = 3_000;
const ACCESS_RECHECK_SHARED_MS = 30_000;

export interface CollabServer {
  hocuspocus: Hocuspocus;
  persistence: UpdateLogPersistence;
  /** This instance among the others: room events, access re-checks, presence, caps. */
  cluster: Cluster;
  /** Handles an HTTP upgrade; returns false when the path is not ours (Next's HMR socket). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Re-checks open connections' rights now (all documents, or one group's). */
  refreshAccess(groupId?: string): Promise<void>;
  /** Stops accepting sockets, closes open ones, and waits until every update is stored. */
  close(): Promise<void>;
}

/**
 * Hocuspocus behind our own `ws` server in noServer mode, on the app's port. Its `Server`
 * class is not used: it installs signal handlers that exit the process before we flush.
 */
export function createCollabServer(options: { log?: (message: string) => void; redisUrl?: string; redisPrefix?: string } = {}): CollabServer {
  const log = options.log ?? ((message: string) => console.log(message));
  const persistence = new UpdateLogPersistence({ log });
  // Several instances share live documents through Redis; one instance needs none.
  const redisUrl = options.redisUrl ?? process.env.REDIS_URL;
  const cluster = createCluster({ hocuspocus: () => hocuspocus, refreshAccess: (groupId) => refreshAccess(groupId), redisUrl, redisPrefix: options.redisPrefix, log });
  const extensions: Extension[] = [cluster.capsExtension, new CollabAuth(), persistence];
  if (redisUrl) {
    extensions.push(new ResilientRedis(redisUrl, log));
  }
  const hocuspocus = new Hocuspocus({
    name: "disputatio",
    quiet: true,
    // Our log stores every update itself; Hocuspocus's debounced store only triggers flushes.
    debounce: 1000,
    maxDebounce: 5000,
    extensions,
  });
  cluster.start();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  let closing = false;

  wss.on("connection", (ws: WebSocket, request: IncomingMessage) => {
    const release = cluster.openSocket(request.socket.remoteAddress ?? "unknown");
    ws.on("close", release);
    // A frame over maxPayload or a protocol error closes this socket only.
    ws.on("error", (error) => log(`collab socket error: ${error.message}`));
    guardSocket(ws, hocuspocus, SOCKET_LIMITS);
    hocuspocus.handleConnection(ws, request);
  });

  const refreshAccess = async (groupId?: string) => {
    const documents = [...hocuspocus.documents.values()].filter((document) => {
      if (!groupId) return true;
      return document.getConnections().some((connection) => (connection.context as CollabContext | undefined)?.access?.groupId === groupId);
    });
    const results = await Promise.allSettled(documents.map((document) => reconcileDocumentAccess(document)));
    for (const result of results) if (result.status === "rejected") log(`access re-check failed: ${String(result.reason)}`);
  };
  const recheck = setInterval(() => void refreshAccess(), cluster.bus.shared ? ACCESS_RECHECK_SHARED_MS : ACCESS_RECHECK_MS);
  recheck.unref();

  return {
    hocuspocus,
    persistence,
    cluster,
    refreshAccess,
    handleUpgrade(request, socket, head) {
      const { pathname } = new URL(request.url ?? "/", "http://localhost");
      if (pathname !== COLLAB_PATH && !pathname.startsWith(`${COLLAB_PATH}/`)) return false;
      const ip = request.socket.remoteAddress ?? "unknown";
      if (closing || cluster.socketsFrom(ip) >= MAX_CONNECTIONS_PER_ADDRESS) {
        socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n");
        return true;
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
      return true;
    },
    async close() {
      closing = true;
      clearInterval(recheck);
      hocuspocus.closeConnections();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await persistence.flush();
      // Unloading documents folds their logs into snapshots (best effort; the log is durable).
      await Promise.allSettled([...hocuspocus.documents.values()].map((document) => hocuspocus.unloadDocument(document)));
      await persistence.flush();
      // Lets extensions release what they hold (the Redis extension's two connections).
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
      await cluster.close();
    },
  };
}
