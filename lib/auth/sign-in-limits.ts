import { hit, retryAfterSeconds, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS } from "./rate-limit";

/**
 * Failed sign-ins are counted per account (email) and per client address; past either limit,
 * further attempts are refused with 429 before the password is even checked.
 */
export function signInRetryAfter(email: string, address: string): number {
  return Math.max(retryAfterSeconds(SIGN_IN_PER_ACCOUNT, email.trim().toLowerCase()), retryAfterSeconds(SIGN_IN_PER_ADDRESS, address));
}

export function recordFailedSignIn(email: string, address: string) {
  hit(SIGN_IN_PER_ACCOUNT, email.trim().toLowerCase());
  hit(SIGN_IN_PER_ADDRESS, address);
}
