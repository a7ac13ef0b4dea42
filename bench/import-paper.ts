import fs from "node:fs";
import { SYSTEM } from "@/lib/auth/actor";
import { importDocument } from "@/lib/documents/import-document";
import { importPaper } from "@/lib/documents/import";
import { median } from "./stats";

export const SAMPLE_PAPER = "content/papers/social-credit-system.txt";

export interface ImportResult {
  bytes: number;
  /** Parse → document, in memory (importPaper), median of `runs`. */
  parseMedianMs: number;
  parseRuns: number;
  /** The whole use case (parse + Yjs state + one transaction), median of `storeRuns`. */
  storeMedianMs: number;
  storeRuns: number;
}

export async function measureImport(options: { groupId: string; runs: number; storeRuns: number }): Promise<ImportResult> {
  const bytes = new Uint8Array(fs.readFileSync(SAMPLE_PAPER));
  const input = { bytes, filename: "social-credit-system.txt", format: "text" as const };
  for (let i = 0; i < 3; i++) await importPaper(input); // warm-up
  const parse: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    await importPaper(input);
    parse.push(performance.now() - start);
  }
  const store: number[] = [];
  for (let i = 0; i < options.storeRuns; i++) {
    const start = performance.now();
    await importDocument(SYSTEM, { ...input, title: `Import bench ${i}`, groupId: options.groupId });
    store.push(performance.now() - start);
  }
  return { bytes: bytes.length, parseMedianMs: median(parse), parseRuns: options.runs, storeMedianMs: median(store), storeRuns: options.storeRuns };
}
