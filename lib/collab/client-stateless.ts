import { z } from "zod";

/** The largest stateless frame a client may send; larger ones close its socket (socket-guard.ts). */
export const MAX_CLIENT_STATELESS_BYTES = 4096;

/**
 * The stateless messages the server accepts from a client. None today: room events flow from
 * the server only (client broadcast-stateless frames are dropped before Hocuspocus sees them),
 * so every client stateless message fails this schema and is ignored. A message the server
 * comes to accept is added here, as one strict member of a discriminated union.
 */
export const clientStatelessMessage = z.never();

export type ClientStatelessMessage = z.infer<typeof clientStatelessMessage>;

/** Parses a client stateless payload; null for anything the server does not accept. */
export function parseClientStateless(payload: string): ClientStatelessMessage | null {
  if (payload.length > MAX_CLIENT_STATELESS_BYTES) return null;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = clientStatelessMessage.safeParse(json);
  return parsed.success ? parsed.data : null;
}
