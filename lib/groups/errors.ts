import { Prisma } from "@/lib/db";
import { DomainError } from "@/lib/documents/errors";

export { DomainError };

/** The one answer for a group that is missing or that the actor may not read. */
export function groupNotFound() {
  return new DomainError(404, "not_found", "No such group.");
}

export function forbidden(message: string) {
  return new DomainError(403, "forbidden", message);
}

export function lastOwner(message: string) {
  return new DomainError(409, "last_owner", message);
}

/** Why an invite that exists can no longer be used, in words for the person holding the link. */
export const UNUSABLE_INVITE_MESSAGES = {
  expired: "This invite link has expired. Ask the group’s owner for a new one.",
  revoked: "This invite link was revoked by the group’s owner.",
  "used-up": "This invite link has already been used as many times as it allows. Ask the group’s owner for a new one.",
} as const;

export type UnusableInviteStatus = keyof typeof UNUSABLE_INVITE_MESSAGES;

/**
 * 410 Gone: the invite existed but can no longer be used (expired, revoked or used up); nothing
 * is granted.
 */
export function inviteGone(status: UnusableInviteStatus) {
  const code = `invite_${status.replace("-", "_")}`;
  return new DomainError(410, code, UNUSABLE_INVITE_MESSAGES[status]);
}

export function inviteNotFound(message = "This invite link is not valid. Ask the group’s owner for a new one.") {
  return new DomainError(404, "invite_not_found", message);
}

/** A unique constraint refused the insert (a concurrent request took the slug or the membership). */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
