import { existsSync } from "node:fs";
import path from "node:path";
import { it } from "vitest";

/**
 * `../shared` (the W3C conformance suite, the real-document corpus) lives beside the
 * checkout in this workplace, not in the repository: a clone elsewhere has none. Tests that
 * read it skip there with a printed reason, and fail under CI=true, where its absence means
 * the run is not testing what it should.
 */
export function sharedPath(...parts: string[]): string {
  const projectRoot = path.resolve(import.meta.dirname, "../..");
  return path.resolve(projectRoot, "../shared", ...parts);
}

/** Null when `dir` exists, else the sentence that says what is missing and why it matters. */
export function missingShared(dir: string, what: string): string | null {
  if (existsSync(dir)) return null;
  return `${what} is missing: expected it in ${dir} (../shared beside the repository).`;
}

/**
 * Call inside a describe: when `missing` is set, registers one test that fails under CI=true
 * and is skipped otherwise, and prints the reason either way. Returns true when the caller
 * should register its real tests.
 */
export function requireShared(missing: string | null): boolean {
  if (!missing) return true;
  if (process.env.CI === "true") {
    it("finds the shared test material", () => {
      throw new Error(`${missing} CI must run these tests.`);
    });
  } else {
    console.warn(`Skipped: ${missing}`);
    it.skip(`needs the shared test material (${missing})`, () => {});
  }
  return false;
}

/**
 * For a check inside a larger test: true (after printing the reason) when the material is
 * missing outside CI, so the test stops there; throws under CI=true.
 */
export function skipCheckWithoutShared(missing: string | null): boolean {
  if (!missing) return false;
  if (process.env.CI === "true") throw new Error(`${missing} CI must run this check.`);
  console.warn(`Skipped a check: ${missing}`);
  return true;
}
