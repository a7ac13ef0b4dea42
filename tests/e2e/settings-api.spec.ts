import { expect, test } from "@playwright/test";
import { bearer, signUpFresh } from "../support/accounts-e2e";

const ACCOUNT_ROUTES: [string, string][] = [
  ["GET", "/api/account"],
  ["PATCH", "/api/account"],
  ["DELETE", "/api/account"],
  ["POST", "/api/account/password"],
  ["GET", "/api/account/export"],
  ["GET", "/api/tokens"],
  ["POST", "/api/tokens"],
  ["DELETE", "/api/tokens/cmwx000000000000000000000"],
];

test("every account and token route is 401 without a session or token", async ({ request }) => {
  for (const [method, path] of ACCOUNT_ROUTES) {
    const response = await request.fetch(path, { method, data: method === "GET" ? undefined : {} });
    expect(response.status(), `${method} ${path}`).toBe(401);
    expect((await response.json()).error.code, `${method} ${path}`).toBe("unauthenticated");
  }
});

test("account API: profile, password, export download; a token may not revoke tokens or delete the account", async ({ page, request }) => {
  const { email, password } = await signUpFresh(page, "Api Account");
  const session = page.context().request;

  const patched = await session.patch("/api/account", { data: { name: "Api Renamed", color: "#0E7490" } });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ email, name: "Api Renamed", color: "#0e7490" });
  const invalid = await session.patch("/api/account", { data: { color: "#fafafa" } });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error.details.fields.color).toMatch(/too light/);

  const wrong = await session.post("/api/account/password", { data: { currentPassword: "nope", newPassword: "another long password" } });
  expect(wrong.status()).toBe(422);
  expect((await wrong.json()).error.details.fields).toEqual({ currentPassword: "This is not your current password." });

  const created = await session.post("/api/tokens", { data: { name: "api test" } });
  expect(created.status()).toBe(201);
  const { token, secret } = await created.json();
  expect(token).toMatchObject({ name: "api test", prefix: secret.slice(0, 10) });
  const listed = await (await session.get("/api/tokens")).json();
  expect(listed).toEqual({ items: [token], nextCursor: null });
  expect((await session.post("/api/tokens", { data: { name: "" } })).status()).toBe(422);

  // A token acts as the user, except for tokens and deletion (403).
  expect((await request.get("/api/tokens", { headers: bearer(secret) })).status()).toBe(200);
  for (const [method, path] of [["DELETE", `/api/tokens/${token.id}`], ["DELETE", "/api/account"], ["POST", "/api/tokens"]]) {
    const response = await request.fetch(path, { method, headers: bearer(secret), data: { password, name: "x" } });
    expect(response.status(), `${method} ${path}`).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
  }

  const exported = await request.get("/api/account/export", { headers: bearer(secret) });
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment; filename="disputatio-export-\d{4}-\d{2}-\d{2}\.json"$/);
  const data = await exported.json();
  expect(data).toMatchObject({ format: "disputatio-account-export", account: { email, name: "Api Renamed" }, sections: { apiTokens: [{ id: token.id }] } });
  expect(JSON.stringify(data)).not.toContain(secret);

  // Another user's token id is a 404, like an unknown one.
  const other = await page.context().browser()!.newContext();
  const otherPage = await other.newPage();
  await signUpFresh(otherPage, "Api Other");
  expect((await other.request.delete(`/api/tokens/${token.id}`)).status()).toBe(404);
  await other.close();
  expect((await request.get("/api/tokens", { headers: bearer(secret) })).status()).toBe(200);

  const changed = await session.post("/api/account/password", { data: { currentPassword: password, newPassword: "another long password" } });
  expect(changed.status()).toBe(204);
});
