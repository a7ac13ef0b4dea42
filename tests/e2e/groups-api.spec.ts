import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { pageAs } from "./helpers";

const NO_SUCH = "cmwx000000000000000000000";

async function expectError(response: APIResponse, status: number, code?: string) {
  expect(response.status(), `${response.url()} → ${response.status()}`).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  if (code) expect(body.error.code).toBe(code);
  return body;
}

/** Every group and invite route, with a method and (for writes) a body. */
function everyRoute(slug: string) {
  return [
    ["GET", "/api/groups"],
    ["POST", "/api/groups", { name: "x" }],
    ["GET", `/api/groups/${slug}`],
    ["PATCH", `/api/groups/${slug}`, { name: "x" }],
    ["GET", `/api/groups/${slug}/members`],
    ["PATCH", `/api/groups/${slug}/members/${NO_SUCH}`, { role: "viewer" }],
    ["DELETE", `/api/groups/${slug}/members/${NO_SUCH}`],
    ["POST", `/api/groups/${slug}/leave`],
    ["GET", `/api/groups/${slug}/invites`],
    ["POST", `/api/groups/${slug}/invites`, { role: "viewer" }],
    ["DELETE", `/api/groups/${slug}/invites/${NO_SUCH}`],
    ["GET", `/api/groups/${slug}/audit`],
    ["POST", `/api/invites/inv_${"A".repeat(43)}/redeem`],
  ] as const;
}

function send(request: APIRequestContext, [method, path, body]: readonly [string, string, unknown?]) {
  return request.fetch(path, { method, ...(body === undefined ? {} : { data: body }) });
}

test("every group and invite route answers 401 without a session", async ({ request }) => {
  for (const route of everyRoute("demo")) await expectError(await send(request, route), 401, "unauthenticated");
});

test("the group API through the policy: 404 for outsiders, 403 for members without the right, 409/410/422", async ({ browser }) => {
  const owner = await pageAs(browser, "owner@demo.test");
  const reader = await pageAs(browser, "reader@demo.test");

  // The owner creates a group over the API; invalid input is 422 with field errors.
  await expectError(await owner.context.request.post("/api/groups", { data: { name: " " } }), 422, "invalid_input").then((body) =>
    expect(body.error.details.fields.name).toBe("A group needs a name."),
  );
  const created = await owner.context.request.post("/api/groups", { data: { name: `API circle ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const group = await created.json();
  expect(group).toMatchObject({ slug: expect.stringMatching(/^api-circle-/), myRole: "owner", url: `/groups/${group.slug}` });

  // The reader is not a member: every route of that group is 404, like a missing group.
  for (const route of everyRoute(group.slug).filter(([, path]) => path.includes(group.slug))) {
    await expectError(await send(reader.context.request, route), 404);
  }
  await expectError(await reader.context.request.get("/api/groups/no-such-group"), 404, "not_found");
  const readerGroups = await (await reader.context.request.get("/api/groups")).json();
  expect(readerGroups.items.map((g: { slug: string }) => g.slug)).toEqual(["demo"]);
  expect(readerGroups.nextCursor).toBeNull();

  // In `demo` the reader is a participant: reading is allowed, managing is 403.
  const demo = await (await reader.context.request.get("/api/groups/demo")).json();
  expect(demo).toMatchObject({ myRole: "participant", permissions: { manageMembers: false, leave: true } });
  expect(demo.documents.some((d: { title: string }) => /Social Credit System/.test(d.title))).toBe(true);
  const ownerId = demo.members.find((m: { role: string }) => m.role === "owner").userId;
  for (const route of [
    ["PATCH", "/api/groups/demo", { name: "Taken over" }],
    ["PATCH", `/api/groups/demo/members/${ownerId}`, { role: "viewer" }],
    ["DELETE", `/api/groups/demo/members/${ownerId}`],
    ["GET", "/api/groups/demo/invites"],
    ["POST", "/api/groups/demo/invites", { role: "owner" }],
    ["DELETE", `/api/groups/demo/invites/${NO_SUCH}`],
    ["GET", "/api/groups/demo/audit"],
  ] as const) {
    await expectError(await send(reader.context.request, route), 403, "forbidden");
  }

  // The last owner can neither be demoted nor leave: 409.
  const me = (await (await owner.context.request.get(`/api/groups/${group.slug}/members`)).json()).items[0];
  await expectError(await owner.context.request.patch(`/api/groups/${group.slug}/members/${me.userId}`, { data: { role: "viewer" } }), 409, "last_owner");
  await expectError(await owner.context.request.post(`/api/groups/${group.slug}/leave`), 409, "last_owner");

  // An invite: created (secret shown once), revoked, then refused with 410 and nothing granted.
  const invite = await (await owner.context.request.post(`/api/groups/${group.slug}/invites`, { data: { role: "viewer", maxUses: 3 } })).json();
  expect(invite).toMatchObject({ token: expect.stringMatching(/^inv_/), path: `/invite/${invite.token}`, invite: { role: "viewer", status: "active" } });
  await expectError(await owner.context.request.post(`/api/groups/${group.slug}/invites`, { data: { maxUses: 0 } }), 422, "invalid_input");
  const revoked = await owner.context.request.delete(`/api/groups/${group.slug}/invites/${invite.invite.id}`);
  expect((await revoked.json()).status).toBe("revoked");
  await expectError(await reader.context.request.post(`/api/invites/${invite.token}/redeem`), 410, "invite_revoked");
  await expectError(await reader.context.request.get(`/api/groups/${group.slug}`), 404);

  // A fresh link works: the reader joins as a viewer, then leaves; the owner's trail shows both.
  const second = await (await owner.context.request.post(`/api/groups/${group.slug}/invites`, { data: { role: "viewer" } })).json();
  const joined = await reader.context.request.post(`/api/invites/${second.token}/redeem`);
  expect(await joined.json()).toMatchObject({ outcome: "joined", role: "viewer", group: { slug: group.slug } });
  expect((await reader.context.request.post(`/api/groups/${group.slug}/leave`)).status()).toBe(204);
  const audit = await (await owner.context.request.get(`/api/groups/${group.slug}/audit`)).json();
  expect(audit.items.map((e: { action: string }) => e.action).slice(0, 3)).toEqual(["member.left", "member.joined", "invite.created"]);

  await owner.context.close();
  await reader.context.close();
});
