/**
 * JSON calls to the annotation API from the browser. Every failure becomes an ApiError carrying
 * the server's message and field errors (the one error shape), so forms can show them as they are.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function api<T>(url: string, method: Method = "GET", body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      cache: "no-store",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "The server could not be reached; try again.");
  }
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = data?.error ?? {};
    const fields = (error.details?.fields ?? {}) as Record<string, string>;
    throw new ApiError(response.status, String(error.code ?? "error"), String(error.message ?? `The request failed (${response.status}).`), fields);
  }
  return data as T;
}

/** The message to show for any error thrown by `api` (or anything else). */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    const details = Object.values(error.fields);
    return details.length > 0 && !details.includes(error.message) ? `${error.message} ${details.join(" ")}` : error.message;
  }
  return "Something went wrong; try again.";
}
