import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { signInRetryAfter } from "@/lib/auth/sign-in-limits";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http";

const handler = NextAuth(authOptions);

export { handler as GET };

/** next-auth, behind the sign-in rate limit (per account and per client address). */
export async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    const retryAfter = signInRetryAfter(email, request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    if (retryAfter > 0) {
      const minutes = Math.ceil(retryAfter / 60);
      const message = `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
      // The error shape of DESIGN.md, plus the `url` next-auth's client reads from the body.
      return Response.json(
        { error: { code: "rate_limited", message, details: { retryAfter } }, url: new URL("/sign-in?error=RateLimited", request.url).toString() },
        { status: 429, headers: { "Retry-After": String(retryAfter) } },
      );
    }
  }
  return handler(request, context);
}
