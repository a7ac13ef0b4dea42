import type { Actor } from "./actor";

/**
 * The one place that decides permissions. Callers load the resource together with the actor's
 * relation to it (role in the group, author of the document, a public link) in the same query,
 * so a check never costs a query of its own. Every route, page, CLI command and socket calls
 * `can`; lists filter in their query with the matching `*VisibleTo` helpers instead.
 *
 * Roles (DESIGN.md): owner > moderator > participant > viewer per group; author per document.
 */
export type GroupRole = "owner" | "moderator" | "participant" | "viewer";

export interface GroupAccess {
  groupId: string;
  /** The actor's role in the group, or null when not a member. */
  groupRole: GroupRole | null;
}

export interface DocumentAccess extends GroupAccess {
  documentId: string;
  /** True when the actor holds the author role on this document. */
  isAuthor: boolean;
  /** True when the request carries this document's valid public read-only link. */
  viaPublicLink?: boolean;
}

/** The actor's own account (tokens, profile, export, deletion). */
export interface AccountResource {
  accountId: string;
}

export type GroupAction =
  | "group.read"
  | "group.rename"
  | "group.manage-members"
  | "group.invite"
  | "group.view-audit"
  | "group.leave"
  | "group.moderate"
  | "group.configure"
  | "document.import";

export type DocumentAction =
  | "document.read"
  | "document.edit-text"
  | "document.annotate"
  | "document.delete"
  | "document.share"
  | "document.manage-authors"
  | "debate.propose"
  | "debate.argue"
  | "debate.rate"
  | "debate.moderate"
  | "report.read"
  | "document.answer-as-author"
  | "claim.mark-revised";

export type AccountAction = "account.read" | "account.update" | "account.delete" | "token.create" | "token.manage";

export type Action = GroupAction | DocumentAction | AccountAction;

const RANK: Record<GroupRole, number> = { viewer: 0, participant: 1, moderator: 2, owner: 3 };

function atLeast(role: GroupRole | null, minimum: GroupRole): boolean {
  return role !== null && RANK[role] >= RANK[minimum];
}

export function can(actor: Actor, action: GroupAction, resource: GroupAccess): boolean;
export function can(actor: Actor, action: DocumentAction, resource: DocumentAccess): boolean;
export function can(actor: Actor, action: AccountAction, resource: AccountResource): boolean;
export function can(actor: Actor, action: Action, resource: GroupAccess | DocumentAccess | AccountResource): boolean {
  if (actor.kind === "system") return true;

  if ("accountId" in resource) {
    if (actor.kind !== "user" || actor.userId !== resource.accountId) return false;
    // A leaked token must not be able to mint more tokens or delete the account.
    if (action === "token.create" || action === "token.manage" || action === "account.delete") return actor.via === "session";
    return true;
  }

  // A public link lets anyone read the paper and its public discussion; acting needs an account.
  if (action === "document.read" && "documentId" in resource && resource.viaPublicLink) return true;
  if (actor.kind !== "user") return false;

  const role = resource.groupRole;
  const isAuthor = "isAuthor" in resource && resource.isAuthor && role !== null;
  switch (action) {
    case "group.read":
    case "group.leave":
    case "document.read":
      return role !== null;
    case "document.edit-text":
      // Only owners and the paper's authors revise its text.
      return role === "owner" || isAuthor;
    case "document.annotate":
    case "debate.propose":
    case "debate.argue":
    case "debate.rate":
      return atLeast(role, "participant") || isAuthor;
    case "document.answer-as-author":
      return isAuthor;
    case "claim.mark-revised":
      // The text's revisers say a claim was revised in it.
      return role === "owner" || isAuthor;
    case "report.read":
      // The feedback report is for the paper's authors and the people running the seminar.
      return atLeast(role, "moderator") || isAuthor;
    case "debate.moderate":
    case "group.moderate":
    case "document.import":
      return atLeast(role, "moderator");
    case "group.rename":
    case "group.configure":
    case "group.manage-members":
    case "group.invite":
    case "group.view-audit":
    case "document.delete":
    case "document.share":
    case "document.manage-authors":
      return role === "owner";
    default:
      return false;
  }
}
