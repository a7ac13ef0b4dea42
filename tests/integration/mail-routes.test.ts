import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import * as preferences from "@/app/api/mail/preferences/route";
import * as unsubscribeRoute from "@/app/api/mail/unsubscribe/[token]/route";
import { addReply } from "@/lib/threads";
import { sendDueMail, signUnsubscribeToken } from "@/lib/mail";
import { createGroup } from "../support/factories";
import { useThreadWorld } from "../support/threads-world";
import { clearOutbox, minutesFrom, startMailCatcher, useCatcherEnv, type MailCatcher } from "../support/mail-harness";

const session = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/session-actor", () => ({ currentActor: async () => session.actor }));

const params = (token: string) => ({ params: Promise.resolve({ token }) });
const json = (method: string, body?: unknown) =>
  new Request("http://localhost/api/mail/preferences", { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

describe("mail: unsubscribe and preferences routes", () => {
  const w = useThreadWorld();
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    useCatcherEnv(catcher);
  });
  afterAll(async () => {
    await catcher.close();
  });

  it("one-click POST (RFC 8058) from the mail's own link turns that kind off without a session, and later mail of that kind is not sent", async () => {
    await clearOutbox();
    const note = await w.annotate(w.asker);
    await addReply(w.participant, note.id, { body: "First" });
    await sendDueMail({ now: minutesFrom(11) });
    const email = (await db().user.findUniqueOrThrow({ where: { id: w.asker.userId } })).email;
    const link = /^<(.+)>$/u.exec(catcher.to(email)[0].header("list-unsubscribe"))![1];
    const token = decodeURIComponent(link.split("/").at(-1)!);

    session.actor = { kind: "anonymous" };
    // A GET (a person, or a link scanner) changes nothing: it leads to the confirmation page.
    const looked = await unsubscribeRoute.GET(new Request(link), params(token));
    expect(looked.status).toBe(303);
    expect(looked.headers.get("location")).toContain(`/unsubscribe/${encodeURIComponent(token)}`);
    expect(await db().mailPreference.count({ where: { userId: w.asker.userId } })).toBe(0);

    // Mail providers POST from their servers, maybe with an Origin of their own.
    const oneClick = await unsubscribeRoute.POST(
      new Request(link, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example" }, body: "List-Unsubscribe=One-Click" }),
      params(token),
    );
    expect(oneClick.status).toBe(200);
    expect(await oneClick.json()).toMatchObject({ kind: "replies", done: true });
    expect(await db().mailPreference.findUnique({ where: { userId_kind: { userId: w.asker.userId, kind: "replies" } } })).toMatchObject({ enabled: false });

    catcher.clear();
    await addReply(w.participant, note.id, { body: "Second" });
    await sendDueMail({ now: minutesFrom(11) });
    expect(catcher.to(email)).toEqual([]);

    // The confirmation page's form is sent back to the page.
    const form = await unsubscribeRoute.POST(new Request(link, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "" }), params(token));
    expect(form.status).toBe(303);
  });

  it("a forged or altered token is a 404 in the error shape and changes nothing", async () => {
    const real = signUnsubscribeToken({ userId: w.participant.userId, kind: "mentions", groupId: null });
    const forged = signUnsubscribeToken({ userId: w.participant.userId, kind: "mentions", groupId: null }, "another-secret-0123456789");
    const altered = `${Buffer.from(JSON.stringify([w.owner.userId, "mentions", null])).toString("base64url")}.${real.split(".")[1]}`;
    for (const token of [forged, altered, "nonsense", "a.b.c"]) {
      const response = await unsubscribeRoute.POST(new Request("http://localhost/x", { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }), params(token));
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    }
    expect(await db().mailPreference.count({ where: { userId: { in: [w.participant.userId, w.owner.userId] } } })).toBe(0);
  });

  it("a digest's token stops that group's digest only", async () => {
    const token = signUnsubscribeToken({ userId: w.viewer.userId, kind: "digest", groupId: w.group.id });
    const response = await unsubscribeRoute.POST(new Request("http://localhost/x", { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }), params(token));
    expect(await response.json()).toMatchObject({ kind: "digest", groupName: w.group.name, done: true });
    expect(await db().digestPreference.findUnique({ where: { userId_groupId: { userId: w.viewer.userId, groupId: w.group.id } } })).toMatchObject({ frequency: "off" });
    expect(await db().mailPreference.count({ where: { userId: w.viewer.userId } })).toBe(0);
  });

  it("preferences: 401 without a session; my kinds and groups; changes only my own groups (422 otherwise)", async () => {
    session.actor = { kind: "anonymous" };
    const anonymous = await preferences.GET();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "unauthenticated" } });
    expect((await preferences.PUT(json("PUT", { kinds: { replies: false } }))).status).toBe(401);

    session.actor = w.moderator;
    const mine = await (await preferences.GET()).json();
    expect(mine).toMatchObject({ mode: "smtp", status: expect.stringContaining("notify@disputatio.test") });
    expect(mine.kinds.map((kind: { kind: string }) => kind.kind)).toEqual(["replies", "mentions", "answers", "moderation", "debates", "claims", "digest"]);
    expect(mine.groups).toEqual([{ groupId: w.group.id, name: w.group.name, frequency: "daily" }]);

    const changed = await preferences.PUT(json("PUT", { kinds: { mentions: false }, groups: [{ groupId: w.group.id, frequency: "weekly" }] }));
    expect(changed.status).toBe(200);
    const after = await changed.json();
    expect(after.kinds.find((kind: { kind: string }) => kind.kind === "mentions").enabled).toBe(false);
    expect(after.groups[0].frequency).toBe("weekly");

    const stranger = await createGroup();
    const refused = await preferences.PUT(json("PUT", { groups: [{ groupId: stranger.id, frequency: "immediate" }] }));
    expect(refused.status).toBe(422);
    const invalid = await preferences.PUT(json("PUT", { kinds: { everything: false } }));
    expect(invalid.status).toBe(422);
    expect(await db().digestPreference.count({ where: { groupId: stranger.id } })).toBe(0);
  });
});
