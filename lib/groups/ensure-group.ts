import { db } from "@/lib/db";
import type { GroupRole } from "@/lib/auth/policy";

/** Creates the group if its slug is new; returns it either way (idempotent, for seeds and CLI). */
export async function ensureGroup(slug: string, name: string) {
  return db().group.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true, slug: true, name: true } });
}

/** Gives a user a role in a group, creating or changing the membership. */
export async function setMembership(groupId: string, userId: string, role: GroupRole) {
  return db().membership.upsert({
    where: { groupId_userId: { groupId, userId } },
    create: { groupId, userId, role },
    update: { role },
  });
}

export async function findGroupBySlug(slug: string) {
  return db().group.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}
