import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { groupWith, inviteToken, newActor, resetRateLimits } from "../support/groups-helpers";

// The route's request context (session and client address) stands in for Next's here.
const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor, address: "192.0.2.1" }));
vi.mock("@/lib/auth/session-actor", () => ({ currentActor: async () => request.actor }));
vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => request.address }));

const { POST } = await import("@/app/api/invites/[token]/redeem/route");

function redeem(token: string) {
  return POST(new Request(`http://localhost/api/invites/${token}/redeem`, { method: "POST" }), { params: Promise.resolve({ token }) });
}

describe("POST /api/invites/<token>/redeem", () => {
  beforeEach(() => resetRateLimits());
  afterAll(disconnectDb);

  it("answers 401 signed out, 200 with the outcome, then 429 with Retry-After past the limit", async () => {
    const { owner, slug } = await groupWith();
    const token = await inviteToken(owner, slug, { role: "viewer" });

    request.actor = { kind: "anonymous" };
    expect((await redeem(token)).status).toBe(401);

    request.actor = await newActor();
    const joined = await redeem(token);
    expect(joined.status).toBe(200);
    expect(await joined.json()).toMatchObject({ outcome: "joined", role: "viewer", group: { slug } });

    request.address = "192.0.2.55";
    for (let i = 0; i < 30; i++) expect((await redeem(`inv_${"C".repeat(43)}`)).status).toBe(404);
    const limited = await redeem(token);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringContaining("Too many") } });
  });

  it("answers 410 in the error shape for a used-up link", async () => {
    const { owner, slug } = await groupWith();
    const token = await inviteToken(owner, slug, { maxUses: 1 });
    request.address = "192.0.2.77";
    request.actor = await newActor();
    expect((await redeem(token)).status).toBe(200);
    request.actor = await newActor();
    const gone = await redeem(token);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toEqual({ error: { code: "invite_used_up", message: expect.stringContaining("used as many times") } });
  });
});
