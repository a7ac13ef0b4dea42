import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { disconnectDb } from "@/lib/db";
import { changePassword, contrastWithWhite, getAccount, MIN_CONTRAST_ON_WHITE, PROFILE_COLORS, updateProfile } from "@/lib/accounts";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { ANONYMOUS, SYSTEM } from "@/lib/auth/actor";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { failureOf, sessionActor, tokenActor } from "../support/accounts-helpers";

function fieldsOf(error: unknown): Record<string, string> {
  // The first message per field, as the API's error shape has it.
  if (error instanceof ZodError) return Object.fromEntries(error.issues.toReversed().map((issue) => [issue.path.join(".") || "_", issue.message]));
  return (error as { details?: { fields?: Record<string, string> } }).details?.fields ?? {};
}

describe("account profile", () => {
  let user: Awaited<ReturnType<typeof createUser>>;
  let other: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    user = await createUser({ name: "Paula Profile" });
    other = await createUser();
  });
  afterAll(disconnectDb);

  it("reads the own account without its password hash; another account is 404", async () => {
    const account = await getAccount(sessionActor(user), user.id);
    expect(account).toEqual({ id: user.id, email: user.email, name: "Paula Profile", color: user.color, createdAt: user.createdAt.toISOString() });
    expect(await getAccount(tokenActor(user), user.id)).toEqual(account);
    expect(await failureOf(() => getAccount(sessionActor(user), other.id))).toMatchObject({ status: 404 });
    expect(await failureOf(() => getAccount(ANONYMOUS, user.id))).toMatchObject({ status: 404 });
  });

  it("every palette colour is readable under white text", () => {
    for (const { value } of PROFILE_COLORS) expect(contrastWithWhite(value), value).toBeGreaterThanOrEqual(MIN_CONTRAST_ON_WHITE);
    expect(contrastWithWhite("#000000")).toBeCloseTo(21, 5);
    expect(contrastWithWhite("#ffffff")).toBeCloseTo(1, 5);
  });

  it("changes the name and colour (palette or any dark enough #rrggbb), from a session or a token", async () => {
    expect(await updateProfile(sessionActor(user), user.id, { name: "  Paula P.  ", color: "#5B21B6" })).toMatchObject({ name: "Paula P.", color: "#5b21b6" });
    expect(await updateProfile(tokenActor(user), user.id, { color: "#123456" })).toMatchObject({ name: "Paula P.", color: "#123456" });
    expect(await getAccount(sessionActor(user), user.id)).toMatchObject({ name: "Paula P.", color: "#123456" });
  });

  it.each([
    [{ name: "" }, "name", /required/],
    [{ name: "x".repeat(81) }, "name", /at most 80/],
    [{ color: "blue" }, "color", /hex value/],
    [{ color: "#12345" }, "color", /hex value/],
    [{ color: "#ffff00" }, "color", /too light/],
    [{ color: "#a8a29e" }, "color", /too light/],
    [{}, "_", /name, a new colour/],
  ])("refuses %j with a field error on %s", async (input, field, message) => {
    const failure = await failureOf(() => updateProfile(sessionActor(user), user.id, input));
    expect(failure).toBeInstanceOf(ZodError);
    expect(fieldsOf(failure)[field]).toMatch(message);
  });

  it("nobody changes another account's profile", async () => {
    expect(await failureOf(() => updateProfile(sessionActor(user), other.id, { name: "Hijacked" }))).toMatchObject({ status: 404 });
    expect((await getAccount(SYSTEM, other.id)).name).not.toBe("Hijacked");
  });
});

describe("password change", () => {
  afterAll(disconnectDb);

  it("needs the current password: a wrong one is a 422 on currentPassword and changes nothing", async () => {
    const user = await createUser();
    const failure = await failureOf(() => changePassword(sessionActor(user), user.id, { currentPassword: "not my password", newPassword: "a brand new password" }));
    expect(failure).toMatchObject({ status: 422, code: "invalid_input" });
    expect(fieldsOf(failure)).toEqual({ currentPassword: "This is not your current password." });
    expect(await authenticateCredentials({ email: user.email, password: TEST_PASSWORD })).not.toBeNull();
  });

  it("validates the new password", async () => {
    const user = await createUser();
    const short = await failureOf(() => changePassword(sessionActor(user), user.id, { currentPassword: TEST_PASSWORD, newPassword: "short" }));
    expect(fieldsOf(short).newPassword).toMatch(/at least 8/);
    const same = await failureOf(() => changePassword(sessionActor(user), user.id, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }));
    expect(fieldsOf(same).newPassword).toMatch(/different/);
    const missing = await failureOf(() => changePassword(sessionActor(user), user.id, { newPassword: "a brand new password" }));
    expect(fieldsOf(missing)).toHaveProperty("currentPassword");
  });

  it("sets the new password: sign-in works with it and not with the old one", async () => {
    const user = await createUser();
    await changePassword(sessionActor(user), user.id, { currentPassword: TEST_PASSWORD, newPassword: "a brand new password" });
    expect(await authenticateCredentials({ email: user.email, password: "a brand new password" })).toMatchObject({ id: user.id });
    expect(await authenticateCredentials({ email: user.email, password: TEST_PASSWORD })).toBeNull();
  });

  it("limits wrong current passwords per account (429), even when the right one follows", async () => {
    const user = await createUser();
    const attempt = (currentPassword: string) => failureOf(() => changePassword(sessionActor(user), user.id, { currentPassword, newPassword: "a brand new password" }));
    for (let i = 0; i < 10; i++) expect(await attempt(`guess ${i}`)).toMatchObject({ status: 422 });
    const limited = await attempt(TEST_PASSWORD);
    expect(limited).toMatchObject({ status: 429, code: "rate_limited" });
    expect(limited.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await authenticateCredentials({ email: user.email, password: TEST_PASSWORD })).not.toBeNull();
  });
});
