import { broadcastToDocument } from "@/lib/collab/broadcast";

/** Tells the room a debate's arguments changed; clients refetch (the payload names ids only). */
export function announceDebateChange(documentId: string, questionId: string, ids: string[]): void {
  broadcastToDocument({ type: "debate-changed", documentId, questionId, ids });
}

/** Tells the room a question changed (text, phase, schedule, timer, or a new proposal). */
export function announceQuestionChange(documentId: string, questionId: string): void {
  broadcastToDocument({ type: "questions-changed", documentId, ids: [questionId] });
}
