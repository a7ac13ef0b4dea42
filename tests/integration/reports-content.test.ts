import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { registerCollabServer } from "@/lib/collab/registry";
import { ANONYMOUS_PARTICIPANT, CSV_COLUMNS, exportReport, getReport, reportPictures, type ReportDTO } from "@/lib/reports";
import { startCollabHarness } from "../support/collab-harness";
import { SEMINAR, seminarWorld } from "../support/seed-seminar";
import { checkAssertion, loadAssertions, missingSuiteMessage, suiteValidator, w3cTestsDir } from "../fixtures/annotations/w3c-test-suite";
import { skipCheckWithoutShared } from "../support/shared-folder";
import { parseCsv } from "../unit/reports/parse-csv";

const BASE = "https://disputatio.example";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), chunks };
    text += decoder.decode(value, { stream: true });
    chunks++;
  }
}

describe("the feedback report of a seeded seminar", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let w: Awaited<ReturnType<typeof seminarWorld>>;
  let report: ReportDTO;
  const now = new Date();

  beforeAll(async () => {
    harness = await startCollabHarness();
    registerCollabServer(harness.collab);
    w = await seminarWorld();
    report = await getReport(w.people.author, w.documentId, now);
  });
  afterAll(async () => {
    await harness.close();
    await disconnectDb();
  });

  it("counts what the group can see, and how much hidden content it leaves out", () => {
    expect(report.totals).toEqual({ annotations: 8, claims: 4, replies: 3, stances: 7, orphans: 1, questions: 12, arguments: 6, hiddenOmitted: 2 });
    expect(report.document).toEqual({ id: w.documentId, title: "Seminar paper", url: `/documents/${w.documentId}` });
  });

  it("ranks claims by how contested they are, with both sides' reasons, evidence and the revision", () => {
    const c = w.seed.claims;
    expect(report.claims.map((claim) => [claim.id, claim.status, claim.claim.supported, claim.claim.contested])).toEqual([
      [c.contested, "disputed", 2, 2],
      [c.supported, "supported", 2, 0],
      [c.oneContest, "contested", 0, 1],
      [c.unreviewed, "unreviewed", 0, 0],
    ]);
    const [top, revised] = report.claims;
    expect(top).toMatchObject({ quote: SEMINAR.contested, section: "Origin and Historical Background of the SCS", author: "Seminar reader", link: `/documents/${w.documentId}?annotation=${c.contested}`, revised: null });
    expect(top.reasons.supported).toEqual([
      { reason: "The historical record bears it out.", evidence: [{ type: "url", url: "https://example.org/history" }], author: "Seminar owner" },
      { reason: "Confucian roots are well documented.", evidence: [], author: "Seminar other" },
    ]);
    expect(top.reasons.contested.map((r) => r.author)).toEqual(["Seminar moderator", "Seminar reader"]);
    expect(revised.revised).toMatchObject({ url: "https://example.org/revision/2", note: "Softened the prediction." });
  });

  it("finds sections from the headings, with densities and claim statuses", () => {
    expect(report.sections.map((s) => [s.title, s.annotations, s.contestedStances])).toEqual([
      ["Opening", 1, 0],
      ["Introduction", 4, 1],
      ["China’s Expansive and Tentacular Influence", 0, 0],
      ["Origin and Historical Background of the SCS", 1, 2],
      ["How Does the Social Credit System Work?", 0, 0],
      ["Misconceptions about the SCS: Could East (Eventually) Meet West or Vice-Versa?", 0, 0],
      ["Discussion: Impacts of the SCS on Fundamental Human Rights", 1, 0],
      ["Conclusion", 0, 0],
    ]);
    const intro = report.sections[1];
    expect(intro.statuses).toEqual({ unreviewed: 0, supported: 1, contested: 1, disputed: 0 });
    expect(intro.annotationDensity).toBeCloseTo((4 / (intro.end - intro.start)) * 1000, 2);
    expect(report.sections[3].statuses.disputed).toBe(1);
  });

  it("ranks passages by activity (annotations + replies + stances) and links them", () => {
    expect(report.passages.map((p) => [p.section, p.annotations, p.replies, p.stances, p.activity])).toEqual([
      ["Introduction", 3, 3, 1, 7],
      ["Origin and Historical Background of the SCS", 1, 0, 4, 5],
      ["Introduction", 1, 0, 2, 3],
      ["Opening", 1, 0, 0, 1],
      ["Discussion: Impacts of the SCS on Fundamental Human Rights", 1, 0, 0, 1],
    ]);
    const top = report.passages[0];
    expect(top.kinds).toEqual({ comment: 2, question: 0, claim: 1 });
    // The paragraph with the Cambridge Analytica comments, cut to 280 characters.
    expect(top.quote.startsWith("The future of democracy as we know it")).toBe(true);
    expect(top.quote.length).toBeLessThanOrEqual(280);
    expect(top.link).toBe(`/documents/${w.documentId}?passage=${top.start}-${top.end}`);
  });

  it("gives each debate its balance of top-level impact, counts, map and link", () => {
    const [open, anonymous] = report.debates;
    expect(open).toMatchObject({ id: w.seed.debate.id, status: "open", argumentCount: 4, participants: 4, balance: { pro: 3, con: 1, net: 2, leaning: "pro" }, link: `/documents/${w.documentId}/debates/${w.seed.debate.id}` });
    expect(open.arguments.map((a) => [a.id, a.ratingMean, a.ratingCount])).toEqual([
      [w.seed.debate.pro, 3, 2],
      [w.seed.debate.con, 1, 1],
      [w.seed.debate.reply, 4, 1],
      [w.seed.debate.byAuthor, null, 0],
    ]);
    expect(open.arguments.find((a) => a.id === w.seed.debate.byAuthor)).toMatchObject({ author: "Seminar author", asAuthor: true });
    expect(open.map.nodes.map((n) => n.id).sort()).toEqual(open.arguments.map((a) => a.id).sort());
    expect(anonymous).toMatchObject({ id: w.seed.anonymous.id, anonymous: true, argumentCount: 2, participants: 3, balance: { pro: 0, con: 3, net: -3, leaning: "con" } });
  });

  it("keeps anonymous debates anonymous: pseudonyms only, never a name", async () => {
    const pseudonyms = await db().debatePseudonym.findMany({ where: { questionId: w.seed.anonymous.id } });
    const nameOf = new Map(pseudonyms.map((p) => [p.userId, p.name]));
    const anonymous = report.debates.find((d) => d.id === w.seed.anonymous.id)!;
    expect(anonymous.arguments.map((a) => a.author)).toEqual([nameOf.get(w.people.reader.userId) ?? ANONYMOUS_PARTICIPANT, nameOf.get(w.people.other.userId) ?? ANONYMOUS_PARTICIPANT]);
    const text = JSON.stringify(anonymous);
    for (const who of ["reader", "other", "moderator"] as const) expect(text).not.toContain(w.people[who].name);
    const svg = reportPictures(report).find((p) => p.name === `map-${anonymous.id}`)!.svg;
    for (const who of ["reader", "other"] as const) expect(svg).not.toContain(w.people[who].name);
  });

  it("lists what is still open, questions without an answer, and orphans", () => {
    expect(report.open.questions).toHaveLength(12);
    expect(report.open.questions.filter((q) => q.status === "open").map((q) => q.id).sort()).toEqual([w.seed.debate.id, w.seed.anonymous.id].sort());
    expect(report.open.questions.filter((q) => q.status === "proposed")).toHaveLength(w.seed.importedQuestions);
    expect(report.open.unanswered).toEqual([{ id: w.seed.asked, quote: SEMINAR.asked, body: "Which principles exactly?", section: "Discussion: Impacts of the SCS on Fundamental Human Rights", replies: 0, link: `/documents/${w.documentId}?annotation=${w.seed.asked}` }]);
    expect(report.orphans).toEqual([{ id: w.seed.orphan, kind: "comment", quote: SEMINAR.orphanQuote, body: "This sentence is gone now.", link: `/documents/${w.documentId}?annotation=${w.seed.orphan}` }]);
  });

  it("never contains private annotations, their stances, or hidden content, in the report or any export", async () => {
    const secrets = [SEMINAR.privateBody, "PRIVATE-REASON", SEMINAR.hiddenBody, "HIDDEN-ARGUMENT", w.seed.privateNote, w.seed.hidden, w.seed.debate.hidden];
    const texts = [JSON.stringify(report)];
    for (const format of ["markdown", "json", "csv", "w3c"]) texts.push((await readAll((await exportReport(w.people.moderator, w.documentId, { format }, BASE)).body)).text);
    for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it("exports CSV: one row per claim and per argument, RFC 4180", async () => {
    const result = await exportReport(w.people.author, w.documentId, { format: "csv" }, BASE, now);
    expect(result).toMatchObject({ contentType: "text/csv; charset=utf-8; header=present", filename: "seminar-paper-report.csv", totalItems: 10 });
    const [header, ...rows] = parseCsv((await readAll(result.body)).text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(10);
    const byId = new Map(rows.map((r) => [r[1], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
    expect(byId.get(w.seed.claims.contested)).toEqual({
      kind: "claim", id: w.seed.claims.contested, section: "Origin and Historical Background of the SCS", quote_or_parent: SEMINAR.contested, text: "The paper says nothing about the SCS is new.",
      stance_or_status: "disputed", supported: "2", contested: "2", rating_mean: "", rating_count: "", author_label: "Seminar reader", link: `${BASE}/documents/${w.documentId}?annotation=${w.seed.claims.contested}`,
    });
    expect(byId.get(w.seed.debate.pro)).toMatchObject({ kind: "argument", quote_or_parent: w.seed.debate.id, stance_or_status: "pro", rating_mean: "3", rating_count: "2", author_label: "Seminar reader", section: "Origin and Historical Background of the SCS" });
    expect(byId.get(w.seed.debate.reply)).toMatchObject({ quote_or_parent: w.seed.debate.con, rating_mean: "4" });
    expect(byId.get(w.seed.debate.byAuthor)).toMatchObject({ author_label: "Seminar author (as author)" });
    expect(byId.get(w.seed.anonymous.con)!.author_label).not.toContain("Seminar");
    expect(rows.filter((r) => r[0] === "claim").map((r) => r[1])).toHaveLength(4);
  });

  it("exports the JSON report (the ReportDTO) and Markdown with the pictures embedded", async () => {
    const json = await exportReport(w.people.owner, w.documentId, { format: "json" }, BASE, now);
    expect(json).toMatchObject({ contentType: "application/json; charset=utf-8", filename: "seminar-paper-report.json" });
    expect(JSON.parse((await readAll(json.body)).text)).toEqual(JSON.parse(JSON.stringify(await getReport(w.people.owner, w.documentId, now))));
    const markdown = (await readAll((await exportReport(w.people.owner, w.documentId, { format: "markdown" }, BASE, now)).body)).text;
    expect(markdown).toContain("# Feedback report: Seminar paper");
    expect(markdown.match(/!\[[^\]]*\]\(data:image\/svg\+xml;base64,/g)).toHaveLength(4);
    expect(markdown).toContain(`${BASE}/documents/${w.documentId}?annotation=${w.seed.claims.contested}`);
    expect(markdown.indexOf(SEMINAR.contested)).toBeLessThan(markdown.indexOf(SEMINAR.oneContest));
  });

  it("exports the W3C annotation collection, which passes the conformance check", async () => {
    const result = await exportReport(w.people.author, w.documentId, { format: "w3c" }, BASE);
    expect(result.totalItems).toBe(8);
    const collection = JSON.parse((await readAll(result.body)).text);
    expect(collection).toMatchObject({ type: ["AnnotationCollection"], total: 8, first: { type: "AnnotationPage", startIndex: 0 } });
    expect(collection.first.items).toHaveLength(8);
    const dir = w3cTestsDir();
    if (skipCheckWithoutShared(missingSuiteMessage(dir))) return;
    const ajv = suiteValidator(dir);
    const failures: string[] = [];
    const musts = { collection: loadAssertions(ajv, dir, "collections/collectionMusts.test"), annotation: loadAssertions(ajv, dir, "annotations/annotationMusts.test") };
    const check = (assertions: typeof musts.collection, document: unknown) => {
      for (const assertion of assertions) {
        const failure = checkAssertion(assertion, document);
        if (failure) failures.push(failure);
      }
    };
    check(musts.collection, collection);
    for (const item of collection.first.items) check(musts.annotation, item);
    expect(failures).toEqual([]);
  });

  it("rejects an unknown export format with 422, writing nothing", async () => {
    await expect(exportReport(w.people.author, w.documentId, { format: "xlsx" }, BASE)).rejects.toMatchObject({ name: "ZodError" });
  });
});
