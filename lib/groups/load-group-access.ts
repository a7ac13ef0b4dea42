import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, type GroupAccess, type GroupAction } from "@/lib/auth/policy";
import { forbidden, groupNotFound } from "./errors";
import { groupSlugSchema } from "./schemas";

export interface LoadedGroup {
  id: string;
  slug: string;
  name: string;
  access: GroupAccess;
}

/** A group by slug with the actor's membership, in one query; null when there is no such group. */
export async function loadGroupAccess(actor: Actor, slug: string): Promise<LoadedGroup | null> {
  if (!groupSlugSchema.safeParse(slug).success) return null;
  const userId = actor.kind === "user" ? actor.userId : "";
  const group = await db().group.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, memberships: { where: { userId }, select: { role: true } } },
  });
  if (!group) return null;
  return { id: group.id, slug: group.slug, name: group.name, access: { groupId: group.id, groupRole: group.memberships[0]?.role ?? null } };
}

/**
 * Loads the group and asks the policy: 404 when it is missing or the actor may not read it
 * (the two look the same), 403 when the actor reads it but may not do `action`.
 */
export async function authorizeGroup(actor: Actor, slug: string, action: GroupAction, deniedMessage: string): Promise<LoadedGroup> {
  const group = await loadGroupAccess(actor, slug);
  if (!group || !can(actor, "group.read", group.access)) throw groupNotFound();
  if (!can(actor, action, group.access)) throw forbidden(deniedMessage);
  return group;
}
