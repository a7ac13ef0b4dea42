import { expect, test, type APIRequestContext } from "@playwright/test";
import { pageAs } from "./helpers";

async function documentCount(request: APIRequestContext) {
  const response = await request.get("/api/documents");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toHaveProperty("nextCursor");
  return (body.items as unknown[]).length;
}

function expectErrorShape(body: unknown, code?: string) {
  expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  if (code) expect((body as { error: { code: string } }).error.code).toBe(code);
}

test("health answers with the database status", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("anonymous API calls get 401 in the error shape", async ({ request }) => {
  for (const path of ["/api/documents", "/api/documents/cmwx000000000000000000000", "/api/collab-token"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expectErrorShape(await response.json(), "unauthenticated");
  }
});

test("documents list, detail with plain text, questions; unknown and malformed ids are 404", async ({ browser }) => {
  const { context } = await pageAs(browser, "reader@demo.test");
  const list = await (await context.request.get("/api/documents")).json();
  const sample = list.items.find((d: { title: string }) => /Social Credit System/.test(d.title));
  expect(sample).toMatchObject({ id: expect.any(String), title: expect.any(String), url: `/documents/${sample.id}` });

  const detail = await (await context.request.get(`/api/documents/${sample.id}`)).json();
  expect(detail.plainText).toContain("社会信用");
  expect(detail.headings).toHaveLength(7);
  expect(detail).not.toHaveProperty("content");

  const questions = await (await context.request.get(`/api/documents/${sample.id}/questions`)).json();
  expect(questions.nextCursor).toBeNull();
  expect(questions.items.map((q: { text: string }) => q.text)).toContainEqual(expect.stringMatching(/^how unique is China\?$/i));
  for (const question of questions.items) expect(detail.plainText.slice(question.start, question.end)).toBe(question.quote);

  for (const id of ["cmwx000000000000000000000", "not-an-id"]) {
    const response = await context.request.get(`/api/documents/${id}`);
    expect(response.status()).toBe(404);
    expectErrorShape(await response.json(), "not_found");
  }
  await context.close();
});

test("importing a paper over HTTP: created, or refused with 413/422 and nothing half-created", async ({ browser }) => {
  const { context } = await pageAs(browser, "owner@demo.test");
  const request = context.request;
  const before = await documentCount(request);

  const upload = (name: string, mimeType: string, buffer: Buffer, title = `Upload ${name}`) =>
    request.post("/api/documents", { multipart: { title, group: "demo", file: { name, mimeType, buffer } } });

  const created = await upload("notes.md", "text/markdown", Buffer.from("# A short paper\n\nIs a paragraph enough?\n\n> A quoted line.\n"));
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({ title: "Upload notes.md", url: expect.stringMatching(/^\/documents\//) });
  expect(await documentCount(request)).toBe(before + 1);

  const refusals: [string, string, Buffer, number][] = [
    ["empty.txt", "text/plain", Buffer.alloc(0), 422],
    ["binary.bin", "application/octet-stream", Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 0, 0]), 422],
    // A DOCX that is not a ZIP archive (a page with scripts now imports, its scripts removed).
    ["paper.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer.from("not a zip archive at all"), 422],
    ["huge.txt", "text/plain", Buffer.alloc(5 * 1024 * 1024 + 1, "a"), 413],
  ];
  for (const [name, mime, buffer, status] of refusals) {
    const response = await upload(name, mime, buffer);
    expect(response.status(), name).toBe(status);
    expectErrorShape(await response.json());
  }
  // Scripts are removed, not refused: the page imports and its text keeps no trace of them.
  const scripted = await upload("script.html", "text/html", Buffer.from("<p>Hello there.</p><script>alert(1)</script>"));
  expect(scripted.status()).toBe(201);
  const scriptedDoc = await (await request.get(`/api${(await scripted.json()).url}`)).json();
  expect(JSON.stringify(scriptedDoc)).not.toContain("alert(1)");
  // No title: the paper's own title, else the file's name.
  const noTitle = await request.post("/api/documents", { multipart: { title: "", group: "demo", file: { name: "untitled-notes.txt", mimeType: "text/plain", buffer: Buffer.from("Some text.") } } });
  expect(noTitle.status()).toBe(201);
  expect((await noTitle.json()).title).toMatch(/untitled-notes/);
  expect(await documentCount(request)).toBe(before + 3);
  await context.close();
});

test("a participant may not import (403); a stranger's group is 404", async ({ browser }) => {
  const { context } = await pageAs(browser, "reader@demo.test");
  const response = await context.request.post("/api/documents", { multipart: { title: "Nope", group: "demo", file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("Text.") } } });
  expect(response.status()).toBe(403);
  expectErrorShape(await response.json(), "forbidden");
  const unknown = await context.request.post("/api/documents", { multipart: { title: "Nope", group: "no-such-group", file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("Text.") } } });
  expect(unknown.status()).toBe(404);
  await context.close();
});
