import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getClaimSummary, listStances, setStance, withdrawStance } from "@/lib/claims";
import { annotate, claimsSuite, rejection, type ClaimsWorld } from "../support/claims-helpers";

describe("claim stances", () => {
  let world: ClaimsWorld;
  claimsSuite((ready) => (world = ready));

  const rowsOf = (annotationId: string) => db().claimStance.findMany({ where: { annotationId } });

  it("takes, changes and withdraws a stance, one row per member throughout", async () => {
    const claim = await annotate(world.documentId, world.owner);
    const taken = await setStance(world.participant, claim.id, { value: "supported", reason: "The cited survey shows it." });
    expect(taken).toMatchObject({ annotationId: claim.id, status: "supported", counts: { supported: 1, contested: 0 }, myStance: { value: "supported", reason: "The cited survey shows it.", mine: true } });

    const changed = await setStance(world.participant, claim.id, { value: "contested", reason: "On reflection the sample is tiny." });
    expect(changed).toMatchObject({ status: "contested", counts: { supported: 0, contested: 1 }, myStance: { value: "contested" } });
    expect(await rowsOf(claim.id)).toHaveLength(1);

    await setStance(world.other, claim.id, { value: "supported", reason: "Matches other studies." });
    expect(await getClaimSummary(world.participant, claim.id)).toMatchObject({ status: "disputed", counts: { supported: 1, contested: 1 } });
    // A viewer reads the summary (without a stance of its own).
    expect(await getClaimSummary(world.viewer, claim.id)).toMatchObject({ status: "disputed", myStance: null });

    const withdrawn = await withdrawStance(world.participant, claim.id);
    expect(withdrawn).toMatchObject({ status: "supported", counts: { supported: 1, contested: 0 }, myStance: null });
    // Withdrawing again is harmless.
    expect(await withdrawStance(world.participant, claim.id)).toMatchObject({ myStance: null });
    expect(await rowsOf(claim.id)).toHaveLength(1);
  });

  it("refuses a stance without a reason (422 with a field error), storing nothing", async () => {
    const claim = await annotate(world.documentId, world.owner);
    expect(await rejection(setStance(world.participant, claim.id, { value: "supported" }))).toMatchObject({ status: 422, fields: { reason: "A stance needs a reason." } });
    expect(await rejection(setStance(world.participant, claim.id, { value: "supported", reason: "  \n " }))).toMatchObject({ status: 422, fields: { reason: "A stance needs a reason." } });
    expect((await rejection(setStance(world.participant, claim.id, { value: "supported", reason: "x".repeat(2001) }))).fields.reason).toMatch(/at most 2,000/);
    expect((await rejection(setStance(world.participant, claim.id, { value: "maybe", reason: "Why not" }))).fields.value).toBeDefined();
    expect(await rowsOf(claim.id)).toHaveLength(0);
    await setStance(world.participant, claim.id, { value: "supported", reason: "x".repeat(2000) });
  });

  it("accepts http(s) links, the paper's own citations and passages of its text as evidence", async () => {
    const claim = await annotate(world.documentId, world.owner);
    const creemers = world.citations.find((citation) => citation.label.startsWith("Creemers"))!;
    expect(creemers).toBeDefined();
    const second = world.plainText.lastIndexOf("Trust is built by institutions.");
    const summary = await setStance(world.participant, claim.id, {
      value: "supported",
      reason: "See these.",
      evidence: [
        { type: "url", url: "https://example.org/study" },
        { type: "citation", key: creemers.key },
        { type: "passage", start: second, end: second + 31, quote: "Trust is built by institutions." },
        // Offsets that drifted (the client's text moved): the quote still decides, nearest occurrence wins.
        { type: "passage", start: second + 3, end: second + 34, quote: "Trust is built by institutions." },
      ],
    });
    expect(summary.myStance?.evidence).toEqual([
      { type: "url", url: "https://example.org/study" },
      { type: "citation", key: creemers.key, label: creemers.label },
      { type: "passage", start: second, end: second + 31, quote: "Trust is built by institutions." },
      { type: "passage", start: second, end: second + 31, quote: "Trust is built by institutions." },
    ]);
  });

  it("refuses evidence that is not a web link, not one of the paper's citations or not in its text", async () => {
    const claim = await annotate(world.documentId, world.owner);
    const attempt = (evidence: unknown[]) => rejection(setStance(world.participant, claim.id, { value: "contested", reason: "Because.", evidence }));
    expect((await attempt([{ type: "url", url: "javascript:alert(1)" }])).fields["evidence.0.url"]).toMatch(/http or https/);
    expect((await attempt([{ type: "url", url: "ftp://example.org/x" }])).fields["evidence.0.url"]).toMatch(/http or https/);
    expect((await attempt([{ type: "url", url: "not a url" }])).fields["evidence.0.url"]).toBeDefined();
    expect(await attempt([{ type: "url", url: "https://a.example" }, { type: "citation", key: "sagan-1980" }])).toMatchObject({
      status: 422,
      fields: { "evidence.1.key": "Not one of this paper's citations." },
    });
    expect((await attempt([{ type: "passage", start: 0, end: 9, quote: "Not there" }])).fields["evidence.0.quote"]).toBe("This passage is not in the paper.");
    expect((await attempt([{ type: "passage", start: 5, end: 2, quote: "Trust" }])).fields["evidence.0.end"]).toBeDefined();
    expect((await attempt([{ type: "video", url: "https://a.example" }])).status).toBe(422);
    expect((await attempt(Array.from({ length: 11 }, () => ({ type: "url", url: "https://a.example" })))).fields.evidence).toMatch(/At most 10/);
    expect(await rowsOf(claim.id)).toHaveLength(0);
  });

  it("takes stances on claims only (422 for comments and questions)", async () => {
    for (const kind of ["comment", "question"] as const) {
      const annotation = await annotate(world.documentId, world.owner, { kind });
      expect(await rejection(setStance(world.participant, annotation.id, { value: "supported", reason: "Yes." }))).toMatchObject({ status: 422, code: "not_a_claim" });
      expect((await rejection(listStances(world.participant, annotation.id))).status).toBe(422);
    }
  });

  it("lets members who may annotate take stances: viewers 403, non-members and unknown claims 404", async () => {
    const claim = await annotate(world.documentId, world.participant);
    for (const who of ["owner", "moderator", "participant"] as const) {
      await setStance(world[who], claim.id, { value: "supported", reason: `${who} agrees.` });
    }
    expect(await rejection(setStance(world.viewer, claim.id, { value: "supported", reason: "Me too." }))).toMatchObject({ status: 403 });
    expect((await rejection(withdrawStance(world.viewer, claim.id))).status).toBe(403);
    expect((await rejection(setStance(world.stranger, claim.id, { value: "supported", reason: "Me too." }))).status).toBe(404);
    expect((await rejection(withdrawStance(world.stranger, claim.id))).status).toBe(404);
    expect((await rejection(listStances(world.stranger, claim.id))).status).toBe(404);
    expect((await rejection(getClaimSummary(world.stranger, claim.id))).status).toBe(404);
    expect((await rejection(setStance(world.participant, "cl0000000000000000000000", { value: "supported", reason: "Hm." }))).status).toBe(404);
    expect((await listStances(world.viewer, claim.id)).supported).toHaveLength(3);
  });

  it("keeps a private claim its author's alone: owners and moderators get 404 like strangers", async () => {
    const claim = await annotate(world.documentId, world.participant, { visibility: "private" });
    expect(await setStance(world.participant, claim.id, { value: "contested", reason: "Note to self." })).toMatchObject({ status: "contested" });
    for (const who of ["owner", "moderator", "other", "viewer", "stranger"] as const) {
      expect((await rejection(listStances(world[who], claim.id))).status).toBe(404);
      expect((await rejection(setStance(world[who], claim.id, { value: "supported", reason: "Peek." }))).status).toBe(404);
    }
  });

  it("closes a hidden claim to stances: 404 for members, 409 for moderators", async () => {
    const claim = await annotate(world.documentId, world.participant);
    await db().annotation.update({ where: { id: claim.id }, data: { hiddenAt: new Date(), hiddenById: world.moderator.userId, hiddenReason: "Off topic." } });
    expect((await rejection(setStance(world.other, claim.id, { value: "supported", reason: "Hm." }))).status).toBe(404);
    expect(await rejection(setStance(world.moderator, claim.id, { value: "supported", reason: "Hm." }))).toMatchObject({ status: 409, code: "claim_hidden" });
  });

  it("lists both sides with reasons, evidence and author names, and no score of any person", async () => {
    const claim = await annotate(world.documentId, world.owner);
    await setStance(world.participant, claim.id, { value: "supported", reason: "Yes, **clearly**.", evidence: [{ type: "url", url: "https://example.org" }] });
    await setStance(world.other, claim.id, { value: "contested", reason: "No." });
    await setStance(world.moderator, claim.id, { value: "supported", reason: "Agreed." });
    const list = await listStances(world.participant, claim.id);
    expect(list.supported.map((stance) => [stance.author.name, stance.reason])).toEqual([
      ["Claims participant", "Yes, **clearly**."],
      ["Claims moderator", "Agreed."],
    ]);
    expect(list.contested.map((stance) => stance.author.name)).toEqual(["Claims other"]);
    expect(list.supported[0].reasonHtml).toContain("<strong>clearly</strong>");
    expect(list.supported[0].evidence).toEqual([{ type: "url", url: "https://example.org" }]);
    expect(list.summary).toMatchObject({ status: "disputed", counts: { supported: 2, contested: 1 }, myStance: { value: "supported", mine: true } });
    expect(Object.keys(list.supported[0]).sort()).toEqual(["author", "createdAt", "evidence", "id", "mine", "reason", "reasonHtml", "updatedAt", "value"]);
    expect(Object.keys(list.supported[0].author).sort()).toEqual(["color", "id", "name"]);
  });

  it("stores a reason as written and renders it inert", async () => {
    const claim = await annotate(world.documentId, world.owner);
    const reason = `<script>alert("x")</script>\n\n<img src=x onerror=alert(1)>\n\n[link](javascript:alert(2)) **fine**`;
    const summary = await setStance(world.participant, claim.id, { value: "contested", reason });
    const row = await db().claimStance.findUniqueOrThrow({ where: { annotationId_userId: { annotationId: claim.id, userId: world.participant.userId } } });
    expect(row.reason).toBe(reason);
    expect(summary.myStance?.reason).toBe(reason);
    const html = summary.myStance!.reasonHtml;
    // Tags arrive escaped as text; no element, handler or javascript: link survives.
    expect(html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(html).toContain("<strong>fine</strong>");
  });

  it("makes one row when one member sends several stances at once", async () => {
    const claim = await annotate(world.documentId, world.owner);
    const values = ["supported", "contested"] as const;
    await Promise.all(Array.from({ length: 12 }, (_, i) => setStance(world.other, claim.id, { value: values[i % 2], reason: `Attempt ${i}` })));
    expect(await rowsOf(claim.id)).toHaveLength(1);
  });
});
