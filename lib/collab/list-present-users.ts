import type { CollabContext } from "./collab-auth";
import { collabServer } from "./registry";

export interface PresentUser {
  name: string;
  color: string;
}

/** Who has a document open right now: each signed-in member once, guests as a count. */
export interface DocumentPresence {
  documentId: string;
  users: PresentUser[];
  guests: number;
}

/**
 * Reads the live connections of this instance's Hocuspocus for the given documents. Several
 * tabs of one member count once. With several instances behind Redis, each instance only
 * knows its own sockets: this is a local view (good enough for a seminar room on one server).
 */
export function listPresentUsers(documentIds: string[]): DocumentPresence[] {
  const documents = collabServer()?.hocuspocus.documents;
  return documentIds.map((documentId) => {
    const users = new Map<string, PresentUser>();
    const guests = new Set<string>();
    const connections = documents?.get(documentId)?.getConnections() ?? [];
    for (const connection of connections) {
      const context = connection.context as CollabContext | undefined;
      const actor = context?.actor;
      if (!actor) continue;
      if (actor.kind === "guest") guests.add(connection.socketId);
      else if (!users.has(actor.userId)) users.set(actor.userId, { name: actor.name, color: actor.color });
    }
    const sorted = [...users.values()].sort((a, b) => a.name.localeCompare(b.name));
    return { documentId, users: sorted, guests: guests.size };
  });
}
