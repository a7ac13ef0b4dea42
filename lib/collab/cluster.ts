import type { Extension, Hocuspocus, onAuthenticatePayload } from "@hocuspocus/server";
import { CollabDenied, type CollabContext } from "./collab-auth";
import { createClusterBus, type ClusterBus } from "./cluster-bus";
import {
  ClusterPresence,
  countAddressEverywhere,
  countRoomEverywhere,
  mergeRoomOccupancy,
  type InstanceSnapshot,
  type PresentMember,
  type RoomOccupancy,
} from "./cluster-presence";

// A paper room far larger than any seminar is an attack, not a class; counted on every instance.
export const MAX_CONNECTIONS_PER_DOCUMENT = 500;
export const MAX_CONNECTIONS_PER_ADDRESS = 200;

interface RoomEventMessage {
  documentId: string;
  payload: string;
}

interface AccessMessage {
  groupId?: string;
}

/**
 * This instance's place among the others: room events and access re-checks reach every
 * instance's sockets, presence and connection caps count every instance's sockets. With one
 * instance (no Redis) everything stays in this process and behaves exactly as before.
 */
export interface Cluster {
  bus: ClusterBus;
  /** Sends a room event to the document's sockets here and on every other instance. */
  deliverRoomEvent(documentId: string, payload: string): void;
  /** Re-checks rights of open sockets here now, and asks every other instance to. */
  requestAccessRefresh(groupId?: string): void;
  /** Counts a socket from `address`; call the returned function when it closes. */
  openSocket(address: string): () => void;
  socketsFrom(address: string): number;
  socketsOn(documentId: string): number;
  /** Who is in each room, across instances. */
  occupancy(documentId: string): { members: PresentMember[]; guests: number };
  /** Checks the per-document cap before a socket joins a room (runs before CollabAuth). */
  capsExtension: Extension;
  /** Starts announcing this instance's presence (once Hocuspocus exists). */
  start(): void;
  close(): Promise<void>;
}

export function createCluster(options: {
  hocuspocus: () => Hocuspocus;
  refreshAccess: (groupId?: string) => Promise<void>;
  redisUrl?: string;
  redisPrefix?: string;
  log: (message: string) => void;
}): Cluster {
  const bus = createClusterBus({ redisUrl: options.redisUrl, prefix: options.redisPrefix, log: options.log });
  const addresses = new Map<string, number>();

  const localRoom = (documentId: string): RoomOccupancy | undefined => {
    const document = options.hocuspocus().documents.get(documentId);
    if (!document) return undefined;
    const members = new Map<string, PresentMember>();
    const guestSockets = new Set<string>();
    for (const connection of document.getConnections()) {
      const actor = (connection.context as CollabContext | undefined)?.actor;
      if (!actor) continue;
      if (actor.kind === "guest") guestSockets.add(connection.socketId);
      else if (!members.has(actor.userId)) members.set(actor.userId, { userId: actor.userId, name: actor.name, color: actor.color });
    }
    return { members: [...members.values()], guests: guestSockets.size, connections: document.getConnectionsCount() };
  };

  const snapshot = (): InstanceSnapshot => {
    const rooms: Record<string, RoomOccupancy> = {};
    for (const name of options.hocuspocus().documents.keys()) {
      const room = localRoom(name);
      if (room && room.connections > 0) rooms[name] = room;
    }
    return { instanceId: bus.instanceId, rooms, addresses: Object.fromEntries(addresses) };
  };
  const presence = new ClusterPresence(bus, snapshot);

  // Each connection gets the payload directly: Document.broadcastStateless would also hand it
  // to the Hocuspocus Redis extension, which relays it to other instances a second time.
  const deliverLocally = (documentId: string, payload: string) => {
    for (const connection of options.hocuspocus().documents.get(documentId)?.getConnections() ?? []) connection.sendStateless(payload);
  };
  bus.subscribe("room-events", (message) => {
    const { documentId, payload } = message as RoomEventMessage;
    if (typeof documentId === "string" && typeof payload === "string") deliverLocally(documentId, payload);
  });
  bus.subscribe("access", (message) => {
    const { groupId } = message as AccessMessage;
    void options.refreshAccess(typeof groupId === "string" ? groupId : undefined);
  });

  const capsExtension: Extension = {
    priority: 200,
    async onAuthenticate({ documentName }: onAuthenticatePayload) {
      if (cluster.socketsOn(documentName) >= MAX_CONNECTIONS_PER_DOCUMENT) {
        throw new CollabDenied("This document has too many open connections; try again later.", "too-many-connections");
      }
    },
    async connected() {
      presence.changed();
    },
    async onDisconnect() {
      presence.changed();
    },
  };

  const cluster: Cluster = {
    bus,
    capsExtension,
    start: () => presence.start(),
    deliverRoomEvent(documentId, payload) {
      deliverLocally(documentId, payload);
      bus.publish("room-events", { documentId, payload } satisfies RoomEventMessage);
    },
    requestAccessRefresh(groupId) {
      void options.refreshAccess(groupId);
      bus.publish("access", { groupId } satisfies AccessMessage);
    },
    openSocket(address) {
      addresses.set(address, (addresses.get(address) ?? 0) + 1);
      presence.changed();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (addresses.get(address) ?? 1) - 1;
        if (left <= 0) addresses.delete(address);
        else addresses.set(address, left);
        presence.changed();
      };
    },
    socketsFrom(address) {
      return countAddressEverywhere(address, addresses.get(address) ?? 0, presence.otherInstances());
    },
    socketsOn(documentId) {
      const local = options.hocuspocus().documents.get(documentId)?.getConnectionsCount() ?? 0;
      return countRoomEverywhere(documentId, local, presence.otherInstances());
    },
    occupancy(documentId) {
      return mergeRoomOccupancy([localRoom(documentId), ...presence.otherInstances().map((other) => other.rooms[documentId])]);
    },
    async close() {
      presence.close();
      await bus.close();
    },
  };
  return cluster;
}
