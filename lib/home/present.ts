import type { GroupRole } from "@/lib/auth/policy";

/** One open debate on a paper, with its timers (ISO strings; null when none is set). */
export interface HomeDebate {
  id: string;
  text: string;
  url: string;
  closesAt: string | null;
  roundEndsAt: string | null;
}

/** What waits for the member on one paper. Counts are about the paper, never about people. */
export interface HomePaper {
  id: string;
  title: string;
  url: string;
  createdAt: string;
  lastVisitedAt: string | null;
  newAnnotations: number;
  unreadReplies: number;
  unreadMentions: number;
  otherUnread: number;
  openDebates: HomeDebate[];
}

export interface HomeGroup {
  slug: string;
  name: string;
  role: GroupRole;
  url: string;
  /** May import a paper into this group (moderators and owners). */
  canImport: boolean;
  importUrl: string;
  /** May hand out invite links (owners): where they are made. */
  inviteUrl: string | null;
  papers: HomePaper[];
}

export interface HomeFeed {
  groups: HomeGroup[];
}

export const debateUrl = (documentId: string, questionId: string) => `/documents/${documentId}/debates/${questionId}`;
