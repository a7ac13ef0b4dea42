/** A use-case failure that maps to one HTTP status and the DESIGN.md error shape. */
export class DomainError extends Error {
  constructor(
    readonly status: 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
