import { collabServer } from "./registry";

/**
 * Asks the collaboration server in this process to re-check, right away, the rights of every
 * open connection on the group's documents (after a role change, a removal, a leave, an
 * account deletion). In other processes (the CLI) the periodic re-check does it within seconds.
 */
export function requestAccessRefresh(groupId?: string): void {
  void collabServer()?.refreshAccess(groupId);
}
