import { DomainError } from "@/lib/documents/errors";
import { rowIdSchema } from "./schemas";

/** An id from the route's path; a malformed one is answered like a missing row (404). */
export async function pathIds<Key extends string>(params: Promise<Record<Key, string>>): Promise<Record<Key, string>> {
  const values = await params;
  for (const value of Object.values<string>(values)) {
    if (!rowIdSchema.safeParse(value).success) throw new DomainError(404, "not_found", "No such annotation or reply.");
  }
  return values;
}

/** A JSON body, or an empty object (which the use case's schema then refuses with 422). */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const body: unknown = await request.json().catch(() => ({}));
  return body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** A query string as a plain object, for the use case's schema. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
