import type { Actor } from "./actor";

/**
 * The one place that decides permissions. Callers load the resource together with the actor's
 * relation to it (role in the group, author of the document) in the same query, so a check
 * never costs a query of its own. Issue 3 grows the actions and resources; every route,
 * page, CLI command and socket calls this.
 */
export type GroupRole = "owner" | "moderator" | "participant" | "viewer";

export interface DocumentAccess {
  documentId: string;
  groupId: string;
  /** The actor's role in the document's group, or null when not a member. */
  groupRole: GroupRole | null;
  /** True when the actor holds the author role on this document. */
  isAuthor: boolean;
}

export type Action = "document.read" | "document.edit-text" | "document.import";

export interface GroupAccess {
  groupId: string;
  groupRole: GroupRole | null;
}

export type Resource = DocumentAccess | GroupAccess;

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  const role = resource.groupRole;
  switch (action) {
    case "document.read":
      return role !== null;
    case "document.edit-text":
      // Only owners and the paper's authors revise its text (DESIGN.md, roles).
      return "isAuthor" in resource && (role === "owner" || (role !== null && resource.isAuthor));
    case "document.import":
      return role === "owner" || role === "moderator";
  }
}
