import { db } from "@/lib/db";
import { presentApiToken } from "@/lib/auth/create-api-token";
import { documentUrl } from "@/lib/documents/present";

/**
 * One part of "download my data": a key in the export and how to collect it for one account.
 * Each capability that records something a member wrote adds its section here (and leaves
 * NOT_YET_RECORDED), so the export always covers everything the app stores about them.
 */
export interface ExportSection {
  key: string;
  collect(accountId: string): Promise<unknown>;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The named Date fields of a row as ISO strings (null stays null). */
function dates<K extends string>(row: Record<K, Date | null>, keys: K[]): Record<K, string | null> {
  return Object.fromEntries(keys.map((key) => [key, iso(row[key])])) as Record<K, string | null>;
}

export const EXPORT_SECTIONS: ExportSection[] = [
  {
    key: "memberships",
    async collect(accountId) {
      const rows = await db().membership.findMany({
        where: { userId: accountId },
        orderBy: { createdAt: "asc" },
        select: { role: true, createdAt: true, group: { select: { id: true, slug: true, name: true } } },
      });
      return rows.map((row) => ({ group: row.group, role: row.role, joinedAt: iso(row.createdAt) }));
    },
  },
  {
    key: "documentRoles",
    async collect(accountId) {
      const rows = await db().documentRole.findMany({
        where: { userId: accountId },
        orderBy: { createdAt: "asc" },
        select: { role: true, createdAt: true, document: { select: { id: true, title: true } } },
      });
      return rows.map((row) => ({ document: { ...row.document, url: documentUrl(row.document.id) }, role: row.role, since: iso(row.createdAt) }));
    },
  },
  {
    key: "documentsImported",
    async collect(accountId) {
      const rows = await db().document.findMany({
        where: { createdById: accountId },
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, format: true, createdAt: true, sourceText: true, group: { select: { slug: true, name: true } } },
      });
      // The text as the member brought it (for a PDF, its extracted text).
      return rows.map((row) => ({ id: row.id, title: row.title, url: documentUrl(row.id), group: row.group, format: row.format, importedAt: iso(row.createdAt), sourceText: row.sourceText }));
    },
  },
  {
    key: "invitesCreated",
    async collect(accountId) {
      const rows = await db().invite.findMany({
        where: { createdById: accountId },
        orderBy: { createdAt: "asc" },
        select: { id: true, role: true, createdAt: true, expiresAt: true, maxUses: true, uses: true, revokedAt: true, group: { select: { slug: true, name: true } } },
      });
      // Never the invite's secret (only its hash is stored anyway).
      return rows.map((row) => ({ ...row, ...dates(row, ["createdAt", "expiresAt", "revokedAt"]) }));
    },
  },
  {
    key: "apiTokens",
    async collect(accountId) {
      const rows = await db().apiToken.findMany({ where: { userId: accountId }, orderBy: { createdAt: "asc" } });
      return rows.map(presentApiToken);
    },
  },
  {
    key: "annotations",
    async collect(accountId) {
      // Private ones included: they are the member's own.
      const rows = await db().annotation.findMany({
        where: { authorId: accountId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true, kind: true, visibility: true, body: true, tags: true, quote: true, prefix: true, suffix: true, start: true, end: true,
          createdAt: true, updatedAt: true, orphanedAt: true, resolvedAt: true, hiddenAt: true, hiddenReason: true, document: { select: { id: true, title: true } },
        },
      });
      return rows.map((row) => ({ ...row, ...dates(row, ["createdAt", "updatedAt", "orphanedAt", "resolvedAt", "hiddenAt"]) }));
    },
  },
  {
    key: "replies",
    async collect(accountId) {
      const rows = await db().reply.findMany({
        where: { authorId: accountId },
        orderBy: { createdAt: "asc" },
        select: { id: true, annotationId: true, parentId: true, body: true, createdAt: true, updatedAt: true, hiddenAt: true, hiddenReason: true },
      });
      return rows.map((row) => ({ ...row, ...dates(row, ["createdAt", "updatedAt", "hiddenAt"]) }));
    },
  },
  {
    key: "claimStances",
    async collect(accountId) {
      const rows = await db().claimStance.findMany({
        where: { userId: accountId },
        orderBy: { createdAt: "asc" },
        select: { annotationId: true, value: true, reason: true, evidence: true, createdAt: true, updatedAt: true },
      });
      return rows.map((row) => ({ ...row, ...dates(row, ["createdAt", "updatedAt"]) }));
    },
  },
  {
    key: "reactions",
    async collect(accountId) {
      const rows = await db().reaction.findMany({ where: { userId: accountId }, orderBy: { createdAt: "asc" }, select: { targetType: true, targetId: true, emoji: true, createdAt: true } });
      return rows.map((row) => ({ ...row, ...dates(row, ["createdAt"]) }));
    },
  },
  {
    key: "flags",
    async collect(accountId) {
      const rows = await db().flag.findMany({
        where: { userId: accountId },
        orderBy: { createdAt: "asc" },
        select: { targetType: true, targetId: true, documentId: true, reason: true, createdAt: true, resolvedAt: true },
      });
      return rows.map((row) => ({ ...row, ...dates(row, ["createdAt", "resolvedAt"]) }));
    },
  },
];

/**
 * What members will write once later capabilities exist; no table holds any of it yet. Each
 * entry moves to EXPORT_SECTIONS when its capability lands.
 */
export const NOT_YET_RECORDED = ["proposedQuestions", "arguments", "argumentRatings"] as const;
