import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { SYSTEM } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { type ImportedPaper, importPaper } from "@/lib/documents/import";
import { importDocument } from "@/lib/documents/import-document";
import { createGroup } from "../../support/factories";
import { missingShared, sharedPath } from "../../support/shared-folder";

/**
 * A corpus document (../shared/corpus, read-only): where it is, whether it is missing,
 * and its import. Facts the tests check come from the document itself; these helpers
 * only load it, import it, and store it through the real import use case.
 */
export function corpusDocument(name: string) {
  const file = sharedPath("corpus", name);
  return { name, file, missing: missingShared(file, `The corpus document ${name}`) };
}

export function sourceText(file: string): string {
  return readFileSync(file, "utf8");
}

export function importCorpus(file: string, name: string): Promise<ImportedPaper> {
  return importPaper({ bytes: readFileSync(file), filename: name });
}

/** Imports into a fresh group through importDocument (real PostgreSQL) and reads the row back. */
export async function storeCorpus(file: string, name: string) {
  const group = await createGroup();
  const summary = await importDocument(SYSTEM, { bytes: readFileSync(file), filename: name, title: name, groupId: group.id });
  return db().document.findUniqueOrThrow({ where: { id: summary.id }, select: { plainText: true, headings: true, sourceText: true } });
}

export const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** `needles` occur in `haystack` in this order (other items may come between). */
export function expectInOrder(haystack: string[], needles: string[]): void {
  let at = 0;
  const missing: string[] = [];
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at);
    if (found < 0) missing.push(needle);
    else at = found + 1;
  }
  expect(missing).toEqual([]);
}

/** Each probe sentence appears contiguously in the plain text (whitespace normalised). */
export function expectProbes(plainText: string, probes: string[]): void {
  const text = squash(plainText);
  expect(probes.filter((probe) => !text.includes(squash(probe)))).toEqual([]);
}

/** No junk questions: each is a real question of running text, found where it says. */
export function expectSensibleQuestions(paper: ImportedPaper): void {
  for (const question of paper.questions) {
    expect(paper.plainText.slice(question.start, question.end)).toBe(question.quote);
    expect(question.quote.trim().endsWith("?")).toBe(true);
    expect(question.quote.length).toBeLessThan(400);
    expect(question.quote).toMatch(/\p{L}{3,}/u);
    expect(question.quote).not.toMatch(/[|{}]|\$\$|\[\^|@ref|::/);
  }
}

/** Headings of a Markdown source, read with a plain regex outside fenced code. */
export function markdownHeadings(source: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of source.split("\n")) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const match = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) out.push(match[1].replace(/\s*\{[^}]*\}\s*$/, ""));
  }
  return out;
}
