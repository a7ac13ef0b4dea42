import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { hashSecret } from "@/lib/auth/api-token-secret";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { can } from "@/lib/auth/policy";
import { requestAccessRefresh } from "@/lib/collab/refresh-access";
import { DomainError } from "./errors";

/** The path a public read-only link opens. */
export function publicLinkPath(secret: string) {
  return `/share/${secret}`;
}

async function requireShareRight(actor: Actor, documentId: string) {
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  if (!can(actor, "document.share", access)) throw new DomainError(403, "forbidden", "Only the group's owners share a paper by public link.");
  return access;
}

/**
 * Creates (or replaces) the document's public read-only link. Only a hash is stored; the link
 * is shown once. Anyone with it reads the paper live; acting needs an account.
 */
export async function createPublicLink(actor: Actor, documentId: string): Promise<{ path: string }> {
  await requireShareRight(actor, documentId);
  const secret = randomBytes(24).toString("base64url");
  await db().document.update({ where: { id: documentId }, data: { publicLinkHash: hashSecret(secret) } });
  return { path: publicLinkPath(secret) };
}

/** Revokes the public link; readers connected through it are disconnected within seconds. */
export async function revokePublicLink(actor: Actor, documentId: string): Promise<void> {
  const access = await requireShareRight(actor, documentId);
  await db().document.update({ where: { id: documentId }, data: { publicLinkHash: null } });
  requestAccessRefresh(access.groupId);
}

/** The document a public link opens, or null for an unknown or revoked link. */
export async function findDocumentByPublicLink(secret: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(secret)) return null;
  const row = await db().document.findUnique({ where: { publicLinkHash: hashSecret(secret) }, select: { id: true } });
  return row?.id ?? null;
}
