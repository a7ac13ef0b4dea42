import { db } from "@/lib/db";
import { DEFAULT_DIGEST_FREQUENCY, type DigestFrequency, type MailKind } from "./kinds";

/** Whether a member wants this kind of mail (no row: yes); for a digest, also that group's frequency. */
export async function mailEnabledFor(userId: string, kind: MailKind, groupId: string | null): Promise<boolean> {
  const pref = await db().mailPreference.findUnique({ where: { userId_kind: { userId, kind } }, select: { enabled: true } });
  if (pref && !pref.enabled) return false;
  if (kind === "digest" && groupId) {
    const digest = await db().digestPreference.findUnique({ where: { userId_groupId: { userId, groupId } }, select: { frequency: true } });
    return ((digest?.frequency ?? DEFAULT_DIGEST_FREQUENCY) as DigestFrequency) !== "off";
  }
  return true;
}
