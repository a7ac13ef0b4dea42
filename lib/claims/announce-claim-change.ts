import { broadcastToDocument } from "@/lib/collab/broadcast";

/**
 * Tells the room a claim's stances changed. A private claim's id is not named to the room
 * (only its author may know it exists); the author's other tabs still hear that something changed.
 */
export function announceClaimChange(annotation: { id: string; documentId: string; visibility: "group" | "private" }): void {
  broadcastToDocument({ type: "claims-changed", documentId: annotation.documentId, ...(annotation.visibility === "group" ? { ids: [annotation.id] } : {}) });
}
