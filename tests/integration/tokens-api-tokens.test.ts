import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { createPersonalToken } from "@/lib/accounts";
import { authenticateApiToken } from "@/lib/auth/authenticate-api-token";
import { hashSecret } from "@/lib/auth/api-token-secret";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { createUser } from "../support/factories";
import { createTokenFor, failureOf, sessionActor, tokenActor } from "../support/accounts-helpers";

describe("personal API tokens", () => {
  let alice: Awaited<ReturnType<typeof createUser>>;
  let bob: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    alice = await createUser({ name: "Alice Tokens" });
    bob = await createUser({ name: "Bob Tokens" });
  });
  afterAll(disconnectDb);

  it("creates a token shown once and stores only its hash", async () => {
    const { token, secret } = await createPersonalToken(sessionActor(alice), alice.id, { name: "  nightly export  " });
    expect(secret).toMatch(/^dsp_[A-Za-z0-9_-]{40,}$/);
    expect(token).toMatchObject({ name: "nightly export", prefix: secret.slice(0, 10), lastUsedAt: null, revokedAt: null });
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(await authenticateApiToken(secret)).toMatchObject({ kind: "user", userId: alice.id, via: "token" });
  });

  it("lists the account's active tokens, newest first, without secrets or hashes", async () => {
    const first = await createTokenFor(alice, "first");
    const second = await createTokenFor(alice, "second");
    await createTokenFor(bob, "bob's");
    const { items, nextCursor } = await listApiTokens(sessionActor(alice), alice.id);
    expect(nextCursor).toBeNull();
    const ids = items.map((t) => t.id);
    expect(ids.indexOf(second.token.id)).toBeLessThan(ids.indexOf(first.token.id));
    expect(items.every((t) => Object.keys(t).sort().join() === "createdAt,id,lastUsedAt,name,prefix,revokedAt")).toBe(true);
    expect(items.map((t) => t.name)).not.toContain("bob's");
  });

  it("a token may list its account's tokens, but not create or revoke any (403)", async () => {
    const { token } = await createTokenFor(alice, "to keep");
    expect((await listApiTokens(tokenActor(alice), alice.id)).items.length).toBeGreaterThan(0);
    const create = await failureOf(() => createPersonalToken(tokenActor(alice), alice.id, { name: "minted by a token" }));
    expect(create).toMatchObject({ status: 403, code: "forbidden" });
    expect(create.message).toMatch(/cannot create tokens/);
    // The policy answers before the input is looked at: no 422 for a token sending garbage.
    expect(await failureOf(() => createPersonalToken(tokenActor(alice), alice.id, {}))).toMatchObject({ status: 403 });
    expect(await failureOf(() => revokeApiToken(tokenActor(alice), alice.id, token.id))).toMatchObject({ status: 403, code: "forbidden" });
    expect(await db().apiToken.count({ where: { userId: alice.id, name: "minted by a token" } })).toBe(0);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });

  it("refuses an empty or too long name with a field error", async () => {
    for (const name of ["", "   ", "x".repeat(81)]) {
      const failure = await failureOf(() => createPersonalToken(sessionActor(alice), alice.id, { name }));
      expect(failure.name).toBe("ZodError");
      expect(JSON.stringify(failure)).toContain('"name"');
    }
  });

  it("revocation takes effect on the very next authentication", async () => {
    const { token, secret } = await createTokenFor(alice, "short-lived");
    expect(await authenticateApiToken(secret)).not.toBeNull();
    await revokeApiToken(sessionActor(alice), alice.id, token.id);
    expect(await authenticateApiToken(secret)).toBeNull();
    expect((await listApiTokens(sessionActor(alice), alice.id)).items.map((t) => t.id)).not.toContain(token.id);
    // Revoking again, an unknown id or a malformed one: 404 alike.
    for (const id of [token.id, "cmwx000000000000000000000", "../../etc"]) {
      expect(await failureOf(() => revokeApiToken(sessionActor(alice), alice.id, id))).toMatchObject({ status: 404, code: "not_found" });
    }
  });

  it("someone else's token is a 404 and stays valid", async () => {
    const { token, secret } = await createTokenFor(bob, "bob's own");
    expect(await failureOf(() => revokeApiToken(sessionActor(alice), alice.id, token.id))).toMatchObject({ status: 404 });
    expect(await authenticateApiToken(secret)).toMatchObject({ userId: bob.id });
  });

  it("nobody lists or revokes tokens on another account (404)", async () => {
    expect(await failureOf(() => listApiTokens(sessionActor(alice), bob.id))).toMatchObject({ status: 404 });
    const { token } = await createTokenFor(bob, "bob's other");
    expect(await failureOf(() => revokeApiToken(sessionActor(alice), bob.id, token.id))).toMatchObject({ status: 404 });
    expect(await failureOf(() => createPersonalToken(sessionActor(alice), bob.id, { name: "for bob" }))).toMatchObject({ status: 404 });
  });
});
