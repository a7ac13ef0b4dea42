import { collabServer } from "./registry";

/**
 * Tells every client in a document's room that something changed. The payload names what
 * changed, never private content: clients refetch through the API, where the policy applies.
 */
export interface RoomEvent {
  type: "annotations-changed" | "claims-changed" | "questions-changed" | "debate-changed";
  documentId: string;
  ids?: string[];
  /** For "debate-changed": the question whose arguments changed (ids are argument ids). */
  questionId?: string;
}

/**
 * Reaches the document's sockets on every instance, whether or not this instance has the room
 * loaded (the request may have come in on one where nobody has the paper open).
 */
export function broadcastToDocument(event: RoomEvent): void {
  collabServer()?.cluster.deliverRoomEvent(event.documentId, JSON.stringify(event));
}
