import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { GroupRole } from "@/lib/auth/policy";
import { hashInviteSecret } from "./invite-secret";
import { groupUrl, inviteStatus, type InviteStatus } from "./present";
import { inviteTokenSchema } from "./schemas";

export interface InvitePreview {
  status: InviteStatus;
  role: GroupRole;
  group: { slug: string; name: string; url: string };
  /** The actor's current role in the group, when signed in and already a member. */
  memberRole: GroupRole | null;
}

/**
 * What an invite link offers, for its landing page: holding the link is what lets one see the
 * group's name and the role. Null when the link is not an invite at all.
 */
export async function previewInvite(actor: Actor, token: string): Promise<InvitePreview | null> {
  if (!inviteTokenSchema.safeParse(token).success) return null;
  const userId = actor.kind === "user" ? actor.userId : "";
  const invite = await db().invite.findUnique({
    where: { tokenHash: hashInviteSecret(token) },
    select: {
      role: true,
      expiresAt: true,
      maxUses: true,
      uses: true,
      revokedAt: true,
      group: { select: { slug: true, name: true, memberships: { where: { userId }, select: { role: true } } } },
    },
  });
  if (!invite) return null;
  return {
    status: inviteStatus(invite),
    role: invite.role,
    group: { slug: invite.group.slug, name: invite.group.name, url: groupUrl(invite.group.slug) },
    memberRole: invite.group.memberships[0]?.role ?? null,
  };
}
