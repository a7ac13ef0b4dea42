import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { GroupRole } from "@/lib/auth/policy";
import { resetRateLimits } from "@/lib/auth/rate-limit";
import { createGroup, createInvite } from "@/lib/groups";
import { hashInviteSecret } from "@/lib/groups/invite-secret";
import type { CreateInviteInput } from "@/lib/groups/schemas";
import { addMember, createUser } from "./factories";

export type UserActor = Extract<Actor, { kind: "user" }>;

/** A signed-in actor (session) for a user row. */
export function actorFor(user: { id: string; name: string }): UserActor {
  return { kind: "user", userId: user.id, name: user.name, color: "#1d4ed8", via: "session" };
}

/** A fresh user and its actor. */
export async function newActor(name?: string): Promise<UserActor> {
  return actorFor(await createUser(name ? { name } : {}));
}

/**
 * A group created through the use case by a new owner, with one extra member per role asked
 * for (added directly, as the CLI does).
 */
export async function groupWith(roles: GroupRole[] = []) {
  const owner = await newActor("Owner");
  const group = await createGroup(owner, { name: `Seminar ${Math.random().toString(36).slice(2, 8)}` });
  const members: Partial<Record<GroupRole, UserActor>> = {};
  for (const role of roles) {
    const member = await newActor(role[0].toUpperCase() + role.slice(1));
    await addMember(group.id, member.userId, role);
    members[role] = member;
  }
  return { owner, group, slug: group.slug, members };
}

/** An invite link from the group's owner; returns the secret token. */
export async function inviteToken(owner: Actor, slug: string, input: CreateInviteInput = {}) {
  return (await createInvite(owner, slug, { role: "participant", ...input })).token;
}

export async function roleOf(groupId: string, userId: string): Promise<GroupRole | null> {
  const membership = await db().membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true } });
  return membership?.role ?? null;
}

/** Moves an invite's expiry into the past, as if its time ran out. */
export async function expireInvite(token: string) {
  await db().invite.update({ where: { tokenHash: hashInviteSecret(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
}

/** The error a promise rejects with, for asserting its status and code. */
export async function failure(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { status: number; code: string; message: string };
  }
  throw new Error("Expected the call to fail, and it succeeded.");
}

export { resetRateLimits };
