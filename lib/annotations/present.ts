import type { ClaimStatus } from "./claim-status";
import { claimStatus } from "./claim-status";
import { renderMarkdown } from "./render-markdown";
import type { W3CAnnotationDto } from "./w3c/types";

export type AnnotationKind = "comment" | "question" | "claim";

/**
 * An annotation as the API and the UI see it (never a Prisma row): the fields the W3C export
 * maps, plus what the reading page shows.
 */
export interface AnnotationDTO extends Omit<W3CAnnotationDto, "author" | "claim"> {
  bodyHtml: string;
  author: { id: string | null; name: string; color: string };
  lastActivityAt: string;
  hidden: { reason: string } | null;
  answered: boolean;
  replyCount: number;
  claim?: { status: ClaimStatus; supported: number; contested: number; myStance: "supported" | "contested" | null };
  /** A claim an author marked "revised in the text", with the link to the revision (who marked it: the claim's stances). */
  revised: { at: string; url: string; note: string | null } | null;
}

export const FORMER_MEMBER = "Former member";
/** The grey shown for a deleted author. */
export const FORMER_MEMBER_COLOR = "#78716c";

export interface AnnotationRow {
  id: string;
  documentId: string;
  kind: AnnotationKind;
  body: string;
  tags: string[];
  visibility: "group" | "private";
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  orphanedAt: Date | null;
  resolvedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  answerId: string | null;
  revisedAt: Date | null;
  revisionUrl: string | null;
  revisionNote: string | null;
  createdAt: Date;
  updatedAt: Date;
  author: { id: string; name: string; color: string; deletedAt: Date | null } | null;
  _count: { replies: number };
  replies?: { createdAt: Date }[];
}

export const annotationRowSelect = {
  id: true,
  documentId: true,
  kind: true,
  body: true,
  tags: true,
  visibility: true,
  quote: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  orphanedAt: true,
  resolvedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  answerId: true,
  revisedAt: true,
  revisionUrl: true,
  revisionNote: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true, color: true, deletedAt: true } },
  _count: { select: { replies: true } },
  replies: { select: { createdAt: true }, orderBy: { createdAt: "desc" as const }, take: 1 },
} as const;

export function presentAnnotation(
  row: AnnotationRow,
  extra: { position?: { start: number; end: number } | null; stances?: { supported: number; contested: number; mine: "supported" | "contested" | null } } = {},
): AnnotationDTO {
  const position = extra.position === undefined ? { start: row.start, end: row.end } : extra.position;
  const lastReply = row.replies?.[0]?.createdAt;
  const author = row.author && !row.author.deletedAt ? { id: row.author.id, name: row.author.name, color: row.author.color } : { id: null, name: FORMER_MEMBER, color: FORMER_MEMBER_COLOR };
  const dto: AnnotationDTO = {
    id: row.id,
    documentId: row.documentId,
    kind: row.kind,
    body: row.body,
    bodyHtml: renderMarkdown(row.body),
    tags: row.tags,
    visibility: row.visibility,
    author,
    anchor: { quote: row.quote, prefix: row.prefix, suffix: row.suffix, start: position?.start ?? row.start, end: position?.end ?? row.end, orphaned: position === null },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastActivityAt: (lastReply && lastReply > row.updatedAt ? lastReply : row.updatedAt).toISOString(),
    resolved: row.resolvedAt !== null,
    hidden: row.hiddenAt ? { reason: row.hiddenReason ?? "" } : null,
    answered: row.answerId !== null,
    replyCount: row._count.replies,
    revised: row.revisedAt && row.revisionUrl ? { at: row.revisedAt.toISOString(), url: row.revisionUrl, note: row.revisionNote } : null,
  };
  if (row.kind === "claim") {
    const counts = extra.stances ?? { supported: 0, contested: 0, mine: null };
    dto.claim = { status: claimStatus(counts.supported, counts.contested), supported: counts.supported, contested: counts.contested, myStance: counts.mine };
  }
  return dto;
}
