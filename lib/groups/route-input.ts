import type { z } from "zod";
import type { DomainError } from "./errors";
import { cursorSchema } from "./schemas";

/** A path parameter that must match `schema`; anything else is answered like a missing resource. */
export function pathParam(schema: z.ZodType<string>, value: string, notFound: () => DomainError): string {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** The `cursor` of a list request's query string. */
export function cursorFrom(request: Request): string | undefined {
  return cursorSchema.parse(new URL(request.url).searchParams.get("cursor") ?? undefined);
}

/** A JSON body, or an empty object (which the use case's schema then refuses with 422). */
export async function jsonBody(request: Request): Promise<unknown> {
  return request.json().catch(() => ({}));
}
