import { FORMER_MEMBER, FORMER_MEMBER_COLOR } from "@/lib/annotations/present";
import { renderMarkdown } from "@/lib/annotations/render-markdown";
import { documentUrl } from "@/lib/documents/present";
import type { ReactionTarget } from "./schemas";

export const HIDDEN_PLACEHOLDER = "Hidden by a moderator";

export interface PersonRef {
  /** null for a deleted account ("Former member"). */
  id: string | null;
  name: string;
  color: string;
}

export interface ReactionCount {
  emoji: string;
  count: number;
  /** Whether the asking member is one of `count`. */
  mine: boolean;
}

export interface ReactionsDTO {
  targetType: ReactionTarget;
  targetId: string;
  reactions: ReactionCount[];
}

export interface ReplyDTO {
  id: string;
  annotationId: string;
  parentId: string | null;
  /** null when `redacted`. */
  author: PersonRef | null;
  /** Raw Markdown and its sanitised HTML; both "" when `redacted`. */
  body: string;
  bodyHtml: string;
  createdAt: string;
  updatedAt: string;
  edited: boolean;
  /** Set when a moderator hid it; `reason` only for moderators and the reply's author. */
  hidden: { reason: string | null } | null;
  /** Hidden, and the asker may not see it: show `placeholder` instead of the content. */
  redacted: boolean;
  placeholder: string | null;
  isAnswer: boolean;
  /** Written by one of the paper's authors, answering as author (a badge). */
  asAuthor: boolean;
  mine: boolean;
  canEdit: boolean;
  reactions: ReactionCount[];
  children: ReplyDTO[];
}

export interface ThreadState {
  annotationId: string;
  documentId: string;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: PersonRef | null;
  answerId: string | null;
}

export interface ThreadDTO {
  items: ReplyDTO[];
  /** Threads come whole (a tree does not page); always null. */
  nextCursor: null;
  /** Every reply in the tree, nested ones included. */
  total: number;
  thread: ThreadState & { reactions: ReactionCount[]; canAnswerAsAuthor: boolean };
}

export type InboxKind =
  | "reply"
  | "reply-to-reply"
  | "mention"
  | "answer"
  | "hidden"
  | "restored"
  | "debate-opened"
  | "debate-closing"
  | "debate-closed"
  | "claim-contested";

export interface InboxItemDTO {
  id: string;
  kind: InboxKind;
  read: boolean;
  readAt: string | null;
  createdAt: string;
  actor: PersonRef | null;
  /** One sentence for the list, e.g. "Ada replied to your annotation". */
  summary: string;
  documentId: string | null;
  /** null when the document is gone or no longer readable by the recipient. */
  documentTitle: string | null;
  annotationId: string | null;
  replyId: string | null;
  /** The start of the reply (or annotation) it is about, as plain text; null when unreadable now. */
  excerpt: string | null;
  /** The reply it is about was written by a paper's author, as author. */
  asAuthor: boolean;
  url: string | null;
}

export interface InboxPage {
  items: InboxItemDTO[];
  nextCursor: string | null;
  unreadCount: number;
}

export interface PersonRow {
  id: string;
  name: string;
  color: string;
  deletedAt: Date | null;
}

export const PERSON_SELECT = { id: true, name: true, color: true, deletedAt: true } as const;

export function presentPerson(row: PersonRow | null): PersonRef {
  if (!row || row.deletedAt) return { id: null, name: FORMER_MEMBER, color: FORMER_MEMBER_COLOR };
  return { id: row.id, name: row.name, color: row.color };
}

export interface ReplyRow {
  id: string;
  annotationId: string;
  parentId: string | null;
  authorId: string | null;
  body: string;
  asAuthor: boolean;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  author: PersonRow | null;
}

export const REPLY_SELECT = {
  id: true,
  annotationId: true,
  parentId: true,
  authorId: true,
  body: true,
  asAuthor: true,
  hiddenAt: true,
  hiddenReason: true,
  createdAt: true,
  updatedAt: true,
  author: { select: PERSON_SELECT },
} as const;

export interface ReplyViewer {
  userId: string;
  isModerator: boolean;
  mayAnnotate: boolean;
  answerId: string | null;
}

/** One reply (without children) as `viewer` may see it. */
export function presentReply(row: ReplyRow, viewer: ReplyViewer, reactions: ReactionCount[] = []): ReplyDTO {
  const mine = row.authorId !== null && row.authorId === viewer.userId;
  const redacted = row.hiddenAt !== null && !mine && !viewer.isModerator;
  return {
    id: row.id,
    annotationId: row.annotationId,
    parentId: row.parentId,
    author: redacted ? null : presentPerson(row.author),
    body: redacted ? "" : row.body,
    bodyHtml: redacted ? "" : renderMarkdown(row.body),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    // Prisma stamps both columns alike on insert, so any later write shows. Until Reply has an
    // editedAt, a moderator's hide or restore counts as a change too.
    edited: row.updatedAt.getTime() > row.createdAt.getTime(),
    hidden: row.hiddenAt ? { reason: redacted ? null : (row.hiddenReason ?? "") } : null,
    redacted,
    placeholder: redacted ? HIDDEN_PLACEHOLDER : null,
    isAnswer: row.id === viewer.answerId,
    asAuthor: !redacted && row.asAuthor,
    mine,
    canEdit: mine && viewer.mayAnnotate && row.hiddenAt === null,
    reactions: redacted ? [] : reactions,
    children: [],
  };
}

export function presentThreadState(row: { id: string; documentId: string; resolvedAt: Date | null; answerId: string | null; resolvedBy: PersonRow | null }): ThreadState {
  return {
    annotationId: row.id,
    documentId: row.documentId,
    resolved: row.resolvedAt !== null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedAt ? presentPerson(row.resolvedBy) : null,
    answerId: row.answerId,
  };
}

export function annotationUrl(documentId: string, annotationId: string | null): string {
  return annotationId ? `${documentUrl(documentId)}?annotation=${annotationId}` : documentUrl(documentId);
}
