import { collabServer } from "./registry";

/**
 * Re-checks, right away, the rights of every open socket on the group's documents (after a role
 * change, a removal, a leave, a revoked link, an account deletion), on this instance and, through
 * Redis, on every other. In other processes (the CLI) the periodic re-check does it.
 */
export function requestAccessRefresh(groupId?: string): void {
  collabServer()?.cluster.requestAccessRefresh(groupId);
}
