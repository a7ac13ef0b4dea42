import { describe, expect, it } from "vitest";
import { ANONYMOUS, SYSTEM, type Actor } from "@/lib/auth/actor";
import { can, type AccountAction, type DocumentAction, type DocumentAccess, type GroupAction, type GroupRole } from "@/lib/auth/policy";

/**
 * The whole policy as one table: every role against every action. A new action must be added
 * here: the tables are typed by the action unions, so TypeScript refuses a table missing one.
 */
type Who = "owner" | "moderator" | "author" | "participant" | "viewer" | "non-member" | "anonymous" | "public-link guest";
const WHO: Who[] = ["owner", "moderator", "author", "participant", "viewer", "non-member", "anonymous", "public-link guest"];

const DOCUMENT_TABLE: Record<DocumentAction, Who[]> = {
  "document.read": ["owner", "moderator", "author", "participant", "viewer", "public-link guest"],
  "document.edit-text": ["owner", "author"],
  "document.annotate": ["owner", "moderator", "author", "participant"],
  "document.delete": ["owner"],
  "document.share": ["owner"],
  "document.manage-authors": ["owner"],
  "debate.propose": ["owner", "moderator", "author", "participant"],
  "debate.argue": ["owner", "moderator", "author", "participant"],
  "debate.rate": ["owner", "moderator", "author", "participant"],
  "debate.moderate": ["owner", "moderator"],
  "report.read": ["owner", "moderator", "author"],
  "document.answer-as-author": ["author"],
  "claim.mark-revised": ["owner", "author"],
};

const GROUP_TABLE: Record<GroupAction, Who[]> = {
  "group.read": ["owner", "moderator", "author", "participant", "viewer"],
  "group.leave": ["owner", "moderator", "author", "participant", "viewer"],
  "group.moderate": ["owner", "moderator"],
  "document.import": ["owner", "moderator"],
  "group.rename": ["owner"],
  "group.manage-members": ["owner"],
  "group.invite": ["owner"],
  "group.view-audit": ["owner"],
  "group.configure": ["owner"],
};

const ROLE: Record<Who, GroupRole | null> = {
  owner: "owner",
  moderator: "moderator",
  // The sample paper's author is a participant of the group holding the author role.
  author: "participant",
  participant: "participant",
  viewer: "viewer",
  "non-member": null,
  anonymous: null,
  "public-link guest": null,
};

function actorFor(who: Who, via: "session" | "token"): Actor {
  return who === "anonymous" || who === "public-link guest" ? ANONYMOUS : { kind: "user", userId: `u-${who}`, name: who, color: "#000", via };
}

function documentAccess(who: Who): DocumentAccess {
  return { documentId: "d", groupId: "g", groupRole: ROLE[who], isAuthor: who === "author", viaPublicLink: who === "public-link guest" };
}

describe.each(["session", "token"] as const)("policy matrix (signed in by %s)", (via) => {
  for (const [action, allowed] of Object.entries(DOCUMENT_TABLE) as [DocumentAction, Who[]][]) {
    it.each(WHO)(`${action}: %s`, (who) => {
      expect(can(actorFor(who, via), action, documentAccess(who))).toBe(allowed.includes(who));
    });
  }
  for (const [action, allowed] of Object.entries(GROUP_TABLE) as [GroupAction, Who[]][]) {
    it.each(WHO.filter((w) => w !== "public-link guest"))(`${action}: %s`, (who) => {
      expect(can(actorFor(who, via), action, { groupId: "g", groupRole: ROLE[who] })).toBe(allowed.includes(who));
    });
  }
});

describe("account actions", () => {
  const ACCOUNT_ACTIONS: AccountAction[] = ["account.read", "account.update", "account.delete", "token.create", "token.manage"];
  const self = (via: "session" | "token"): Actor => ({ kind: "user", userId: "me", name: "Me", color: "#000", via });

  it.each(ACCOUNT_ACTIONS)("%s: allowed on my own account with a session", (action) => {
    expect(can(self("session"), action, { accountId: "me" })).toBe(true);
  });
  it.each(ACCOUNT_ACTIONS)("%s: never on someone else's account", (action) => {
    expect(can(self("session"), action, { accountId: "someone-else" })).toBe(false);
    expect(can(ANONYMOUS, action, { accountId: "me" })).toBe(false);
  });
  it("an API token reads and updates its account but cannot mint tokens or delete it", () => {
    expect(can(self("token"), "account.read", { accountId: "me" })).toBe(true);
    expect(can(self("token"), "account.update", { accountId: "me" })).toBe(true);
    expect(can(self("token"), "token.create", { accountId: "me" })).toBe(false);
    expect(can(self("token"), "token.manage", { accountId: "me" })).toBe(false);
    expect(can(self("token"), "account.delete", { accountId: "me" })).toBe(false);
  });
  it("the operator (CLI) may do everything", () => {
    expect(can(SYSTEM, "document.delete", documentAccess("non-member"))).toBe(true);
    expect(can(SYSTEM, "token.create", { accountId: "anyone" })).toBe(true);
  });
  it("a public link grants reading only, to anyone", () => {
    for (const action of Object.keys(DOCUMENT_TABLE) as DocumentAction[]) {
      if (action !== "document.read") expect(can(ANONYMOUS, action, documentAccess("public-link guest"))).toBe(false);
    }
  });
});
