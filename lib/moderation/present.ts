import { PERSON_SELECT, presentPerson, type PersonRef, type PersonRow } from "@/lib/threads/present";
import type { TargetType } from "./schemas";

/** A flag as its flagger gets it back. */
export interface FlagReceipt {
  id: string;
  targetType: TargetType;
  targetId: string;
  documentId: string;
  reason: string | null;
  createdAt: string;
}

export interface FlagView {
  id: string;
  reason: string | null;
  createdAt: string;
  flaggedBy: PersonRef;
}

/** One flagged annotation or reply in a moderator's queue, with its open flags. */
export interface FlaggedItem {
  targetType: TargetType;
  targetId: string;
  annotationId: string;
  documentId: string;
  kind: "comment" | "question" | "claim";
  quote: string;
  excerpt: string;
  author: PersonRef;
  hidden: boolean;
  flags: FlagView[];
}

/** Where an annotation or reply stands after a moderator hid or restored it. */
export interface ModerationState {
  targetType: TargetType;
  targetId: string;
  annotationId: string;
  documentId: string;
  hidden: boolean;
  hiddenAt: string | null;
  hiddenReason: string | null;
}

export const FLAG_SELECT = { id: true, targetType: true, targetId: true, documentId: true, reason: true, createdAt: true } as const;

export function presentReceipt(row: { id: string; targetType: string; targetId: string; documentId: string; reason: string | null; createdAt: Date }): FlagReceipt {
  return { ...row, targetType: row.targetType as TargetType, createdAt: row.createdAt.toISOString() };
}

export const FLAG_VIEW_SELECT = { id: true, targetType: true, targetId: true, reason: true, createdAt: true, user: { select: PERSON_SELECT } } as const;

export function presentFlag(row: { id: string; reason: string | null; createdAt: Date; user: PersonRow }): FlagView {
  return { id: row.id, reason: row.reason, createdAt: row.createdAt.toISOString(), flaggedBy: presentPerson(row.user) };
}
