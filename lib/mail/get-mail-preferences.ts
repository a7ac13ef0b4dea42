import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { describeMailMode, mailConfig } from "./config";
import { DEFAULT_DIGEST_FREQUENCY, MAIL_KIND_LABELS, MAIL_KINDS, type DigestFrequency } from "./kinds";
import type { MailPreferencesDTO } from "./present";

/** My e-mail choices: each kind on or off, and each of my groups' digest frequency. */
export async function getMailPreferences(actor: Actor): Promise<MailPreferencesDTO> {
  if (actor.kind !== "user") throw new DomainError(401, "unauthenticated", "Sign in to see your e-mail settings.");
  if (!can(actor, "account.read", { accountId: actor.userId })) throw new DomainError(403, "forbidden", "You may not read these settings.");
  const [prefs, memberships, digests] = await Promise.all([
    db().mailPreference.findMany({ where: { userId: actor.userId } }),
    db().membership.findMany({ where: { userId: actor.userId }, select: { group: { select: { id: true, name: true } } }, orderBy: { group: { name: "asc" } } }),
    db().digestPreference.findMany({ where: { userId: actor.userId }, select: { groupId: true, frequency: true } }),
  ]);
  const enabled = new Map(prefs.map((pref) => [pref.kind, pref.enabled]));
  const frequency = new Map(digests.map((row) => [row.groupId, row.frequency as DigestFrequency]));
  const config = mailConfig();
  return {
    mode: config.mode,
    status: describeMailMode(config),
    kinds: MAIL_KINDS.map((kind) => ({ kind, ...MAIL_KIND_LABELS[kind], enabled: enabled.get(kind) ?? true })),
    groups: memberships.map(({ group }) => ({ groupId: group.id, name: group.name, frequency: frequency.get(group.id) ?? DEFAULT_DIGEST_FREQUENCY })),
  };
}
