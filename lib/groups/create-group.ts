import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, isUniqueViolation } from "./errors";
import { firstFreeSlug, randomSlugSuffix, slugFromName } from "./group-slug";
import { groupUrl, type GroupSummary } from "./present";
import { recordAuditEvent } from "./record-audit-event";
import { createGroupInput } from "./schemas";

/** Any signed-in user may create a group; the creator becomes its owner. */
export async function createGroup(actor: Actor, input: unknown): Promise<GroupSummary> {
  if (actor.kind !== "user") throw new DomainError(401, "unauthenticated", "Sign in to create a group.");
  const { name } = createGroupInput.parse(input);
  const base = slugFromName(name);
  const taken = await db().group.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  let slug = firstFreeSlug(base, new Set(taken.map((g) => g.slug)));
  for (let attempt = 0; ; attempt++) {
    try {
      const group = await db().$transaction(async (tx) => {
        const created = await tx.group.create({ data: { slug, name, memberships: { create: { userId: actor.userId, role: "owner" } } } });
        await recordAuditEvent(actor, created.id, { action: "group.created", data: { name } }, tx);
        return created;
      });
      return { id: group.id, slug: group.slug, name: group.name, url: groupUrl(group.slug), myRole: "owner", memberCount: 1, documentCount: 0 };
    } catch (error) {
      // Someone took the slug between the look-up and the insert.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
      slug = randomSlugSuffix(base);
    }
  }
}
