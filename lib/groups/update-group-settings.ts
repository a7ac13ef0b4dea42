import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { authorizeGroup } from "./load-group-access";
import { groupSettingsInput } from "./settings-schemas";

export interface GroupSettingsDTO {
  slug: string;
  ratingVisibility: "always" | "after_rating" | "after_close";
  moderatorsSeeNames: boolean;
  /** Whether the actor may change them (owners). */
  canConfigure: boolean;
}

const SETTINGS_SELECT = { slug: true, ratingVisibility: true, moderatorsSeeNames: true } as const;

/** A group's debate settings, for its members. */
export async function getGroupSettings(actor: Actor, slug: string): Promise<GroupSettingsDTO> {
  const group = await authorizeGroup(actor, slug, "group.read", "Members only.");
  const row = await db().group.findUniqueOrThrow({ where: { id: group.id }, select: SETTINGS_SELECT });
  return { ...row, canConfigure: can(actor, "group.configure", group.access) };
}

/**
 * Owners choose when members see argument ratings (always, after rating the argument, after
 * the question closes) and whether moderators see the names behind pseudonyms. Audited.
 */
export async function updateGroupSettings(actor: Actor, slug: string, input: unknown): Promise<GroupSettingsDTO> {
  const group = await authorizeGroup(actor, slug, "group.configure", "Only the group’s owners change its settings.");
  const data = groupSettingsInput.parse(input);
  const row = await db().$transaction(async (tx) => {
    const updated = await tx.group.update({ where: { id: group.id }, data, select: SETTINGS_SELECT });
    await tx.auditEvent.create({ data: { groupId: group.id, actorId: actor.kind === "user" ? actor.userId : null, action: "group.settings-changed", targetId: null, data } });
    return updated;
  });
  return { ...row, canConfigure: true };
}
