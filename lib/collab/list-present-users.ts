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
 * Who is in each document's room across every instance (this one's sockets exactly, the
 * others' as they last announced, at most a few seconds old). Several tabs of one member
 * count once.
 */
export function listPresentUsers(documentIds: string[]): DocumentPresence[] {
  const cluster = collabServer()?.cluster;
  return documentIds.map((documentId) => {
    const { members, guests } = cluster?.occupancy(documentId) ?? { members: [], guests: 0 };
    return { documentId, users: members.map(({ name, color }) => ({ name, color })), guests };
  });
}
