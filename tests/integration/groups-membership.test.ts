import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { registerCollabServer } from "@/lib/collab/registry";
import type { CollabServer } from "@/lib/collab/collab-server";
import { changeMemberRole, createGroup, getGroup, leaveGroup, listAuditEvents, listMembers, listMyGroups, removeMember, renameGroup } from "@/lib/groups";
import { failure, groupWith, newActor, roleOf } from "../support/groups-helpers";
import { importPaper, makeAuthor } from "../support/factories";

// Stands in for the live collaboration server: records which groups had their connections re-checked.
const refreshAccess = vi.fn(async (_groupId?: string) => {});

describe("groups and membership", () => {
  beforeAll(() => registerCollabServer({ cluster: { requestAccessRefresh: refreshAccess } } as unknown as CollabServer));
  afterEach(() => refreshAccess.mockClear());
  afterAll(async () => {
    registerCollabServer(undefined as unknown as CollabServer);
    await disconnectDb();
  });

  it("creates a group with its creator as owner and a unique slug from the name", async () => {
    const creator = await newActor("Creator");
    const name = `Reading Circle ${Date.now()}`;
    const first = await createGroup(creator, { name });
    const second = await createGroup(creator, { name: `  ${name}  ` });
    expect(first).toMatchObject({ name, slug: name.toLowerCase().replace(/ /g, "-"), myRole: "owner", memberCount: 1, url: `/groups/${first.slug}` });
    expect(second.slug).toBe(`${first.slug}-2`);
    expect(await roleOf(first.id, creator.userId)).toBe("owner");
    const accented = await createGroup(creator, { name: "Lektürekreis Ästhetik & Ethik!" });
    expect(accented.slug).toMatch(/^lekturekreis-asthetik-ethik(-\d+)?$/);
    expect((await createGroup(creator, { name: "社会信用" })).slug).toMatch(/^group(-[a-z0-9]+)?$/);
    await expect(createGroup(creator, { name: "   " })).rejects.toThrow(/needs a name/);
    expect(await failure(createGroup({ kind: "anonymous" }, { name: "x" }))).toMatchObject({ status: 401 });
  });

  it("lists only the groups I am a member of, with my role", async () => {
    const { owner, slug, members } = await groupWith(["viewer"]);
    const other = await groupWith();
    const mine = await listMyGroups(members.viewer!);
    expect(mine.items.map((g) => g.slug)).toEqual([slug]);
    expect(mine.items[0]).toMatchObject({ myRole: "viewer", memberCount: 2, documentCount: 0 });
    expect(mine.nextCursor).toBeNull();
    expect((await listMyGroups(owner)).items.map((g) => g.slug)).toEqual([slug]);
    expect((await listMyGroups(owner)).items.map((g) => g.slug)).not.toContain(other.slug);
    expect((await listMyGroups(await newActor())).items).toEqual([]);
    expect((await listMyGroups({ kind: "anonymous" })).items).toEqual([]);
  });

  it("shows a group to its members (members, my role, rights, papers) and 404 to anyone else", async () => {
    const { owner, group, slug, members } = await groupWith(["participant"]);
    const paper = await importPaper(group.id);
    const seen = await getGroup(members.participant!, slug);
    expect(seen).toMatchObject({ slug, myRole: "participant", memberCount: 2, permissions: { rename: false, manageMembers: false, invite: false, viewAudit: false, leave: true } });
    expect(seen.members.map((m) => [m.name, m.role, m.isMe])).toEqual([
      ["Owner", "owner", false],
      ["Participant", "participant", true],
    ]);
    expect(seen.documents).toEqual([expect.objectContaining({ id: paper.id, url: `/documents/${paper.id}` })]);
    expect((await getGroup(owner, slug)).permissions).toEqual({ rename: true, manageMembers: true, invite: true, viewAudit: true, leave: true });
    expect((await listMembers(members.participant!, slug)).items).toHaveLength(2);

    const outsider = await newActor();
    const hidden = await failure(getGroup(outsider, slug));
    const missing = await failure(getGroup(outsider, "no-such-group"));
    expect(hidden).toEqual(missing);
    expect(hidden).toMatchObject({ status: 404, code: "not_found" });
    expect(await failure(listMembers(outsider, slug))).toMatchObject({ status: 404 });
  });

  it("lets owners rename the group (403 for other members, 404 for outsiders)", async () => {
    const { owner, slug, members } = await groupWith(["moderator"]);
    expect(await renameGroup(owner, slug, { name: "Renamed seminar" })).toEqual({ slug, name: "Renamed seminar" });
    expect(await failure(renameGroup(members.moderator!, slug, { name: "Mine now" }))).toMatchObject({ status: 403, code: "forbidden" });
    expect(await failure(renameGroup(await newActor(), slug, { name: "Mine now" }))).toMatchObject({ status: 404 });
    const trail = await listAuditEvents(owner, slug);
    expect(trail.items[0].summary).toMatch(/^Owner renamed the group from “Seminar \w+” to “Renamed seminar”\.$/);
  });

  it("changes roles (owners only), records from→to and re-checks open connections", async () => {
    const { owner, group, slug, members } = await groupWith(["participant", "moderator"]);
    const participant = members.participant!;
    const updated = await changeMemberRole(owner, slug, participant.userId, { role: "moderator" });
    expect(updated).toMatchObject({ userId: participant.userId, role: "moderator" });
    expect(refreshAccess).toHaveBeenCalledWith(group.id);

    expect(await failure(changeMemberRole(members.moderator!, slug, participant.userId, { role: "viewer" }))).toMatchObject({ status: 403 });
    expect(await failure(changeMemberRole(await newActor(), slug, participant.userId, { role: "viewer" }))).toMatchObject({ status: 404 });
    expect(await failure(changeMemberRole(owner, slug, (await newActor()).userId, { role: "viewer" }))).toMatchObject({ status: 404, code: "member_not_found" });
    await expect(changeMemberRole(owner, slug, participant.userId, { role: "admin" })).rejects.toThrow(/Pick owner/);
    expect(await roleOf(group.id, participant.userId)).toBe("moderator");

    const change = (await listAuditEvents(owner, slug)).items[0];
    expect(change).toMatchObject({ action: "member.role-changed", actor: { id: owner.userId }, target: { id: participant.userId }, data: { from: "participant", to: "moderator" } });
    expect(change.summary).toBe("Owner changed Participant’s role from participant to moderator.");
  });

  it("never lets the last owner be demoted, removed or leave (409)", async () => {
    const { owner, group, slug, members } = await groupWith(["participant"]);
    expect(await failure(changeMemberRole(owner, slug, owner.userId, { role: "moderator" }))).toMatchObject({ status: 409, code: "last_owner" });
    expect(await failure(removeMember(owner, slug, owner.userId))).toMatchObject({ status: 409, code: "last_owner" });
    const leaving = await failure(leaveGroup(owner, slug));
    expect(leaving).toMatchObject({ status: 409, code: "last_owner" });
    expect(leaving.message).toMatch(/Make another member an owner/);
    expect(await roleOf(group.id, owner.userId)).toBe("owner");

    // With a second owner, the first may step down.
    await changeMemberRole(owner, slug, members.participant!.userId, { role: "owner" });
    await changeMemberRole(owner, slug, owner.userId, { role: "viewer" });
    expect(await roleOf(group.id, owner.userId)).toBe("viewer");
  });

  it("keeps one owner when two owners demote each other at the same moment", async () => {
    const { owner, group, slug, members } = await groupWith(["owner"]);
    const other = members.owner!;
    const results = await Promise.allSettled([
      changeMemberRole(owner, slug, other.userId, { role: "participant" }),
      changeMemberRole(other, slug, owner.userId, { role: "participant" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect(await db().membership.count({ where: { groupId: group.id, role: "owner" } })).toBe(1);
  });

  it("removes members (owners only), drops their author role, records it", async () => {
    const { owner, group, slug, members } = await groupWith(["participant", "moderator"]);
    const participant = members.participant!;
    const paper = await importPaper(group.id);
    await makeAuthor(paper.id, participant.userId);
    expect(await failure(removeMember(members.moderator!, slug, participant.userId))).toMatchObject({ status: 403 });

    await removeMember(owner, slug, participant.userId);
    expect(refreshAccess).toHaveBeenCalledWith(group.id);
    expect(await roleOf(group.id, participant.userId)).toBeNull();
    expect(await db().documentRole.count({ where: { userId: participant.userId } })).toBe(0);
    expect(await failure(getGroup(participant, slug))).toMatchObject({ status: 404 });
    expect(await failure(removeMember(owner, slug, participant.userId))).toMatchObject({ status: 404, code: "member_not_found" });
    expect((await listAuditEvents(owner, slug)).items[0].summary).toBe("Owner removed Participant (participant) from the group.");
  });

  it("lets a member leave, which the trail records", async () => {
    const { owner, group, slug, members } = await groupWith(["viewer"]);
    await leaveGroup(members.viewer!, slug);
    expect(refreshAccess).toHaveBeenCalledWith(group.id);
    expect(await roleOf(group.id, members.viewer!.userId)).toBeNull();
    expect(await failure(leaveGroup(members.viewer!, slug))).toMatchObject({ status: 404 });
    const left = (await listAuditEvents(owner, slug)).items[0];
    expect(left).toMatchObject({ action: "member.left", actor: { id: members.viewer!.userId }, data: { role: "viewer" } });
    expect(left.summary).toBe("Viewer left the group (was a viewer).");
  });

  it("shows the audit trail to owners only: 403 for other members, 404 for outsiders", async () => {
    const { owner, slug, members } = await groupWith(["moderator", "participant", "viewer"]);
    await changeMemberRole(owner, slug, members.viewer!.userId, { role: "participant" });
    const trail = await listAuditEvents(owner, slug);
    expect(trail.items.map((event) => event.action)).toEqual(["member.role-changed", "group.created"]);
    expect(trail.nextCursor).toBeNull();
    for (const role of ["moderator", "participant", "viewer"] as const) {
      expect(await failure(listAuditEvents(members[role]!, slug))).toMatchObject({ status: 403, code: "forbidden" });
    }
    expect(await failure(listAuditEvents(await newActor(), slug))).toMatchObject({ status: 404 });
  });
});
