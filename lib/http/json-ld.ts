/** JSON-LD media type of the W3C Web Annotation protocol. */
export const JSON_LD = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export function wantsJsonLd(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/ld+json");
}

export function sendsJsonLd(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").includes("application/ld+json");
}

/**
 * The public origin for absolute ids in exports: NEXTAUTH_URL (npm start sets it), else the
 * request's Host. Never the server's bind address (0.0.0.0).
 */
export function publicBaseUrl(request: Request): string {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/$/, "");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "localhost";
  const proto = request.headers.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
