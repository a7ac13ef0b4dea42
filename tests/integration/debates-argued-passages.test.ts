import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { hashSecret } from "@/lib/auth/api-token-secret";
import * as arguedPassages from "@/app/api/documents/[id]/argued-passages/route";
import { debatesWorld, type DebatesWorld } from "./debates-world";

const session = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/session-actor", () => ({ currentActor: async () => session.actor }));

const at = (id: string) => ({ params: Promise.resolve({ id }) });

async function list(actor: Actor, documentId: string, query = "") {
  session.actor = actor;
  const response = await arguedPassages.GET(new Request(`http://localhost/api/documents/${documentId}/argued-passages${query}`), at(documentId));
  return { status: response.status, body: await response.json() };
}

/** GET /api/documents/:id/argued-passages: what the reading page marks as argued over. */
describe("debates: argued-over passages of a paper", () => {
  let w: DebatesWorld;
  beforeAll(async () => {
    w = await debatesWorld();
  });
  afterAll(disconnectDb);

  const passage = (quote: string, start: number) => ({ type: "passage", start, end: start + quote.length, quote });
  const cite = (questionId: string, evidence: unknown[], status: "visible" | "hidden" | "merged" = "visible") =>
    db().argument.create({ data: { questionId, stance: "pro", body: "See the paper.", authorId: w.participant.userId, evidence: evidence as object[], status } });

  it("lists passages cited by visible arguments, once per passage and question, in reading order, moved to the live text", async () => {
    const text = w.plainText;
    const scores = "Social credit scores shape behaviour";
    const trust = "Trust is built by institutions.";
    const second = text.lastIndexOf(trust);
    const gaming = "Ratings of people invite gaming and fear";
    const open = await w.question();
    const other = await w.question({ status: "closed" });
    const dismissed = await w.question({ status: "dismissed" });

    // Stale offsets (written before a revision): the quote's nearest occurrence wins.
    await cite(open.id, [passage(trust, second - 3), { type: "url", url: "https://example.org" }]);
    await cite(open.id, [passage(trust, second)]);
    await cite(open.id, [passage(scores, 0)]);
    await cite(other.id, [passage(trust, second)]);
    await cite(open.id, [passage("A sentence a revision removed.", 10)]);
    await cite(open.id, [passage(gaming, text.indexOf(gaming))], "hidden");
    await cite(open.id, [passage(gaming, text.indexOf(gaming))], "merged");
    await cite(dismissed.id, [passage(gaming, text.indexOf(gaming))]);

    const seen = await list(w.viewer, w.documentId);
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual({
      items: [
        { questionId: open.id, questionText: open.text, start: text.indexOf(scores), end: text.indexOf(scores) + scores.length, quote: scores },
        ...[open.id, other.id].sort().map((questionId) => ({ questionId, questionText: "Does scoring ever help?", start: second, end: second + trust.length, quote: trust })),
      ],
      nextCursor: null,
    });

    // A dismissed debate is a moderator's business, and so are the passages it argues over.
    const moderated = await list(w.moderator, w.documentId);
    expect(moderated.body.items.map((item: { questionId: string }) => item.questionId)).toContain(dismissed.id);
    expect(moderated.body.items.find((item: { questionId: string }) => item.questionId === dismissed.id)).toMatchObject({ quote: gaming, start: text.indexOf(gaming) });
  });

  it("answers 401 without a session, 404 to non-members and for unknown documents, and reads through a public link", async () => {
    expect(await list(ANONYMOUS, w.documentId)).toMatchObject({ status: 401, body: { error: { code: "unauthenticated" } } });
    expect(await list(w.stranger, w.documentId)).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect(await list(w.participant, "no-such-document")).toMatchObject({ status: 404 });
    expect(await list(ANONYMOUS, w.documentId, "?share=wrong-token")).toMatchObject({ status: 404 });

    await db().document.update({ where: { id: w.documentId }, data: { publicLinkHash: hashSecret("public-token") } });
    try {
      const guest = await list(ANONYMOUS, w.documentId, "?share=public-token");
      expect(guest).toMatchObject({ status: 200, body: { nextCursor: null } });
      expect(Array.isArray(guest.body.items)).toBe(true);
    } finally {
      await db().document.update({ where: { id: w.documentId }, data: { publicLinkHash: null } });
    }
  });
});
