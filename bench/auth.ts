/**
 * Sign-in and token-auth latency, in-process on the bench database: the use cases the routes
 * call, each against a trivial query (`select 1`) measured in the same run as the baseline.
 */
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { SYSTEM } from "@/lib/auth/actor";
import { authenticateApiToken } from "@/lib/auth/authenticate-api-token";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { createApiToken } from "@/lib/auth/create-api-token";
import { summarise, type Summary } from "./stats";

export interface AuthResult {
  baseline: Summary;
  tokenAuth: Summary;
  signIn: Summary;
  signInUnknownEmail: Summary;
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export async function measureAuth(options: { userId: string; email: string; password: string; runs: number; signInRuns: number }): Promise<AuthResult> {
  const { secret } = await createApiToken(SYSTEM, options.userId, "bench");
  await time(10, () => authenticateApiToken(secret));
  const baseline = await time(options.runs, () => db().$queryRaw`select 1`);
  const tokenAuth = await time(options.runs, async () => {
    if (!(await authenticateApiToken(secret))) throw new Error("token auth failed");
  });
  const signIn = await time(options.signInRuns, async () => {
    if (!(await authenticateCredentials({ email: options.email, password: options.password }))) throw new Error("sign-in failed");
  });
  const signInUnknownEmail = await time(options.signInRuns, async () => {
    if (await authenticateCredentials({ email: "nobody@bench.invalid", password: options.password })) throw new Error("unexpected sign-in");
  });
  return { baseline, tokenAuth, signIn, signInUnknownEmail };
}
