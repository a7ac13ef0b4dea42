/**
 * Fixed-window counters in memory, per process. Enough for one instance; several instances
 * behind a balancer each count their own share (noted in the issue), which still bounds
 * guessing to N × instances per window.
 */
interface Window {
  count: number;
  resetAt: number;
}

const holder = globalThis as unknown as { __disputatioRateLimits?: Map<string, Window> };
const windows = (holder.__disputatioRateLimits ??= new Map<string, Window>());

export interface RateLimitRule {
  /** Bucket name, e.g. "sign-in:account". */
  name: string;
  limit: number;
  windowMs: number;
}

export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { name: "sign-in:account", limit: 10, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ADDRESS: RateLimitRule = { name: "sign-in:address", limit: 50, windowMs: 15 * 60_000 };
export const INVITE_REDEEM_PER_ADDRESS: RateLimitRule = { name: "invite:address", limit: 30, windowMs: 15 * 60_000 };

function prune(now: number) {
  if (windows.size < 10_000) return;
  for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
}

/** Seconds until the bucket accepts again, or 0 when it is under its limit (without counting). */
export function retryAfterSeconds(rule: RateLimitRule, key: string, now = Date.now()): number {
  const window = windows.get(`${rule.name}:${key}`);
  if (!window || window.resetAt <= now || window.count < rule.limit) return 0;
  return Math.max(1, Math.ceil((window.resetAt - now) / 1000));
}

/** Counts one event (a failed sign-in, a redemption attempt). */
export function hit(rule: RateLimitRule, key: string, now = Date.now()) {
  prune(now);
  const id = `${rule.name}:${key}`;
  const window = windows.get(id);
  if (!window || window.resetAt <= now) windows.set(id, { count: 1, resetAt: now + rule.windowMs });
  else window.count += 1;
}

export function resetRateLimits() {
  windows.clear();
}
