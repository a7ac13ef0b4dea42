export type AnchorErrorCode = "out_of_range" | "empty" | "too_long";

/** A selection that cannot become an anchor; `status` is the HTTP status a route answers with. */
export class AnchorError extends Error {
  readonly code: AnchorErrorCode;
  readonly status = 422 as const;

  constructor(code: AnchorErrorCode, message: string) {
    super(message);
    this.name = "AnchorError";
    this.code = code;
  }
}
