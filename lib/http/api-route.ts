import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { DomainError } from "@/lib/documents/errors";

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

export function errorResponse(status: number, code: string, message: string, details?: unknown, headers?: HeadersInit) {
  const body: ErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return NextResponse.json(body, { status, headers });
}

/** Maps any thrown error to the one error shape; never leaks a stack trace to the client. */
export function toErrorResponse(error: unknown) {
  if (error instanceof DomainError) {
    // A rate-limited use case says when to come back; HTTP says it in Retry-After.
    const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    const headers = error.status === 429 && retryAfter ? { "Retry-After": String(retryAfter) } : undefined;
    return errorResponse(error.status, error.code, error.message, error.details, headers);
  }
  if (error instanceof ZodError) {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
    return errorResponse(422, "invalid_input", "Some fields are invalid.", { fields });
  }
  console.error("Unhandled API error:", error);
  return errorResponse(500, "internal", "Something went wrong on the server.");
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request sent by a browser from another site is refused: browsers always
 * send Origin on cross-site POST/PATCH/DELETE. Scripts using Bearer tokens send none.
 */
function crossSiteRequest(request: unknown): boolean {
  if (!(request instanceof Request) || SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Wraps a route handler so every failure leaves in the error shape. */
export function apiRoute<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      if (crossSiteRequest(args[0])) return errorResponse(403, "cross_site", "This request came from another site and was refused.");
      return await handler(...args);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
