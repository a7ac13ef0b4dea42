import type { GroupRole } from "@/lib/auth/policy";

// The same order as the policy's: each role can do what the ones below it can.
const ORDER: readonly GroupRole[] = ["viewer", "participant", "moderator", "owner"];

export function outranks(role: GroupRole, other: GroupRole): boolean {
  return ORDER.indexOf(role) > ORDER.indexOf(other);
}

/** Highest first, as pickers list them. */
export const GROUP_ROLES: readonly GroupRole[] = ["owner", "moderator", "participant", "viewer"];

export const ROLE_LABELS: Record<GroupRole, string> = {
  owner: "Owner",
  moderator: "Moderator",
  participant: "Participant",
  viewer: "Viewer",
};

/** "a participant", "an owner": for sentences. */
export function withArticle(role: GroupRole): string {
  return `${/^[aeiou]/.test(role) ? "an" : "a"} ${role}`;
}

/** What each role may do, in a phrase (DESIGN.md's roles table). */
export const ROLE_DESCRIPTIONS: Record<GroupRole, string> = {
  owner: "manage the group, its members, invites and papers",
  moderator: "run debates and moderate the discussion",
  participant: "annotate, reply, take stances and argue",
  viewer: "read the papers and the discussion, live",
};
