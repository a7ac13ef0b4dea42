import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { getMailPreferences } from "./get-mail-preferences";
import type { MailPreferencesDTO } from "./present";
import { updateMailPreferencesInput } from "./schemas";

/** Turns kinds on or off and sets digest frequencies, for groups I am a member of only. */
export async function updateMailPreferences(actor: Actor, input: unknown): Promise<MailPreferencesDTO> {
  if (actor.kind !== "user") throw new DomainError(401, "unauthenticated", "Sign in to change your e-mail settings.");
  if (!can(actor, "account.update", { accountId: actor.userId })) throw new DomainError(403, "forbidden", "You may not change these settings.");
  const { kinds = {}, groups = [] } = updateMailPreferencesInput.parse(input);
  const userId = actor.userId;
  if (groups.length > 0) {
    const mine = await db().membership.findMany({ where: { userId, groupId: { in: groups.map((group) => group.groupId) } }, select: { groupId: true } });
    const member = new Set(mine.map((row) => row.groupId));
    const stranger = groups.find((group) => !member.has(group.groupId));
    if (stranger) throw new DomainError(422, "invalid_input", "You are not a member of one of those groups.", { fields: { groups: "Only your own groups." } });
  }
  await db().$transaction([
    ...Object.entries(kinds).map(([kind, enabled]) =>
      db().mailPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, enabled: enabled! }, update: { enabled: enabled! } }),
    ),
    ...groups.map((group) =>
      db().digestPreference.upsert({
        where: { userId_groupId: { userId, groupId: group.groupId } },
        create: { userId, groupId: group.groupId, frequency: group.frequency, lastSentAt: new Date() },
        update: { frequency: group.frequency },
      }),
    ),
  ]);
  return getMailPreferences(actor);
}
