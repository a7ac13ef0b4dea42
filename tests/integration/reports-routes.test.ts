import { beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import * as reportRoute from "@/app/api/documents/[id]/report/route";
import * as exportRoute from "@/app/api/documents/[id]/report/export/route";
import * as pictureRoute from "@/app/api/documents/[id]/report/pictures/[picture]/route";
import ReportPage from "@/app/documents/[id]/report/page";
import ReportPrintPage from "@/app/documents/[id]/report/print/page";
import { makeAuthor } from "../support/factories";
import { annotate, claimsSuite, type ClaimsWorld } from "../support/claims-helpers";

// The route layer: who is asking comes from the session (tested with the auth routes).
const session = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/session-actor", () => ({ currentActor: async () => session.actor }));

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const pictureParams = (id: string, picture: string) => ({ params: Promise.resolve({ id, picture }) });
const get = (path: string) => new Request(`http://localhost${path}`);

async function call(actor: Actor, run: () => Promise<Response>) {
  session.actor = actor;
  const response = await run();
  return { status: response.status, response };
}

/** How a server page ends for this actor: rendered, a 404, or a redirect (Next throws for those). */
async function page(actor: Actor, render: () => Promise<unknown>): Promise<string> {
  session.actor = actor;
  try {
    await render();
    return "rendered";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? error);
    if (digest.includes("404")) return "404";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    throw error;
  }
}

describe("the report's policy through the routes and pages", () => {
  let w: ClaimsWorld;
  let author: Actor;
  claimsSuite((world) => (w = world));
  beforeAll(async () => {
    author = w.other;
    await makeAuthor(w.documentId, w.other.userId);
    await annotate(w.documentId, w.participant, { quote: "Trust is built by institutions." });
  });

  const allowed = () => [author, w.owner, w.moderator];
  const refused = () => [w.participant, w.viewer, w.stranger];

  it("GET /api/documents/:id/report: 200 for author, owner, moderator; 404 for participant, viewer, non-member; 401 signed out", async () => {
    const path = `/api/documents/${w.documentId}/report`;
    for (const actor of allowed()) {
      const { status, response } = await call(actor, () => reportRoute.GET(get(path), params(w.documentId)));
      expect(status).toBe(200);
      expect(await response.json()).toMatchObject({ document: { id: w.documentId }, totals: { claims: 1 } });
    }
    for (const actor of refused()) {
      const { status, response } = await call(actor, () => reportRoute.GET(get(path), params(w.documentId)));
      expect(status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such document." } });
    }
    const anonymous = await call(ANONYMOUS, () => reportRoute.GET(get(path), params(w.documentId)));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.response.json()).toMatchObject({ error: { code: "unauthenticated" } });
    expect((await call(w.owner, () => reportRoute.GET(get("/api/documents/nope/report"), params("no such id")))).status).toBe(404);
  });

  it("GET …/report/export: a streamed attachment with X-Total-Items; 404, 401 and 422 in the error shape", async () => {
    const path = (format: string) => `/api/documents/${w.documentId}/report/export?format=${format}`;
    const { status, response } = await call(author, () => exportRoute.GET(get(path("csv")), params(w.documentId)));
    expect(status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="claims-paper-report.csv"');
    expect(response.headers.get("x-total-items")).toBe("1");
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect((await response.text()).split("\r\n")).toHaveLength(3);
    for (const actor of refused()) expect((await call(actor, () => exportRoute.GET(get(path("csv")), params(w.documentId)))).status).toBe(404);
    expect((await call(ANONYMOUS, () => exportRoute.GET(get(path("csv")), params(w.documentId)))).status).toBe(401);
    const bad = await call(author, () => exportRoute.GET(get(path("xlsx")), params(w.documentId)));
    expect(bad.status).toBe(422);
    expect(await bad.response.json()).toMatchObject({ error: { code: "invalid_input", details: { fields: { format: expect.any(String) } } } });
  });

  it("GET …/report/pictures/:name.svg: the SVG file; 404 for others and unknown pictures, 401 signed out", async () => {
    const path = `/api/documents/${w.documentId}/report/pictures/heat-map.svg`;
    const { status, response } = await call(w.moderator, () => pictureRoute.GET(get(path), pictureParams(w.documentId, "heat-map.svg")));
    expect(status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(await response.text()).toMatch(/^<svg [^>]*role="img"[^>]*><title id="heat-map-title">/);
    expect((await call(w.participant, () => pictureRoute.GET(get(path), pictureParams(w.documentId, "heat-map.svg")))).status).toBe(404);
    expect((await call(ANONYMOUS, () => pictureRoute.GET(get(path), pictureParams(w.documentId, "heat-map.svg")))).status).toBe(401);
    expect((await call(w.owner, () => pictureRoute.GET(get(path), pictureParams(w.documentId, "map-nosuchquestion.svg")))).status).toBe(404);
    expect((await call(w.owner, () => pictureRoute.GET(get(path), pictureParams(w.documentId, "../etc")))).status).toBe(422);
  });

  it("the report page and its print view: rendered for author, owner, moderator; 404 for others; sign-in first", async () => {
    for (const render of [ReportPage, ReportPrintPage]) {
      for (const actor of allowed()) expect(await page(actor, () => render(params(w.documentId)))).toBe("rendered");
      for (const actor of refused()) expect(await page(actor, () => render(params(w.documentId)))).toBe("404");
      expect(await page(ANONYMOUS, () => render(params(w.documentId)))).toMatch(/^redirect \/sign-in\?callbackUrl=%2Fdocuments%2F/);
    }
  });
});
