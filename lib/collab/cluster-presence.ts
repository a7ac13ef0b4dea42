import type { ClusterBus } from "./cluster-bus";

/** One signed-in member in a room (several tabs count once). */
export interface PresentMember {
  userId: string;
  name: string;
  color: string;
}

export interface RoomOccupancy {
  members: PresentMember[];
  /** Guest sockets (public-link readers), counted, never named. */
  guests: number;
  /** Every socket on the document, for the per-document cap. */
  connections: number;
}

/** What one instance has open: its rooms and its sockets per client address. */
export interface InstanceSnapshot {
  instanceId: string;
  rooms: Record<string, RoomOccupancy>;
  addresses: Record<string, number>;
}

// Each instance repeats its snapshot this often; one not heard from for EXPIRY_MS is gone
// (killed, or cut off from Redis), and its sockets with it.
const HEARTBEAT_MS = 2_000;
const EXPIRY_MS = 6_000;
// Opens and closes come in bursts (a class arriving): one snapshot per burst.
const CHANGE_DEBOUNCE_MS = 100;

/**
 * Presence across instances without extra Redis keys: every instance publishes its own
 * snapshot on the bus when it changes and on a heartbeat, and keeps the latest snapshot of
 * each other instance in memory. Reads are synchronous and never wait for Redis.
 */
export class ClusterPresence {
  private readonly others = new Map<string, { snapshot: InstanceSnapshot; heardAt: number }>();
  private heartbeat: NodeJS.Timeout | undefined;
  private pending: NodeJS.Timeout | undefined;

  constructor(
    private readonly bus: ClusterBus,
    private readonly localSnapshot: () => InstanceSnapshot,
    private readonly now: () => number = Date.now,
  ) {
    bus.subscribe("presence", (message, origin) => {
      const snapshot = message as InstanceSnapshot | { gone: true };
      if ("gone" in snapshot) this.others.delete(origin);
      else this.others.set(origin, { snapshot, heardAt: this.now() });
    });
  }

  start(): void {
    if (!this.bus.shared || this.heartbeat) return;
    this.publish();
    this.heartbeat = setInterval(() => this.publish(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** A socket opened, authenticated or closed here: tell the others soon. */
  changed(): void {
    if (!this.bus.shared || this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.publish();
    }, CHANGE_DEBOUNCE_MS);
    this.pending.unref();
  }

  /** The live snapshots of the other instances (expired ones dropped). */
  otherInstances(): InstanceSnapshot[] {
    const cutoff = this.now() - EXPIRY_MS;
    const live: InstanceSnapshot[] = [];
    for (const [id, entry] of this.others) {
      if (entry.heardAt < cutoff) this.others.delete(id);
      else live.push(entry.snapshot);
    }
    return live;
  }

  close(): void {
    clearInterval(this.heartbeat);
    clearTimeout(this.pending);
    if (this.bus.shared) this.bus.publish("presence", { gone: true });
  }

  private publish(): void {
    this.bus.publish("presence", this.localSnapshot());
  }
}

/** Sockets from one address across every instance: this one exactly, the others as last heard. */
export function countAddressEverywhere(address: string, local: number, others: InstanceSnapshot[]): number {
  return others.reduce((sum, snapshot) => sum + (snapshot.addresses[address] ?? 0), local);
}

/** Sockets on one document across every instance. */
export function countRoomEverywhere(documentId: string, local: number, others: InstanceSnapshot[]): number {
  return others.reduce((sum, snapshot) => sum + (snapshot.rooms[documentId]?.connections ?? 0), local);
}

/** One room's members and guests across instances: each member once, sorted by name. */
export function mergeRoomOccupancy(rooms: (RoomOccupancy | undefined)[]): { members: PresentMember[]; guests: number } {
  const members = new Map<string, PresentMember>();
  let guests = 0;
  for (const room of rooms) {
    if (!room) continue;
    guests += room.guests;
    for (const member of room.members) if (!members.has(member.userId)) members.set(member.userId, member);
  }
  return { members: [...members.values()].sort((a, b) => a.name.localeCompare(b.name)), guests };
}
