import { w3cAnnotationSchema } from "./w3c-annotation-schema";
import type { W3CAnnotationInput } from "./types";

/**
 * Reads a W3C annotation for import (see w3cAnnotationSchema for what is taken from it). Throws
 * a ZodError, whose issues name the offending field, for anything it cannot use; the API's
 * error handler answers 422 with them.
 */
export function fromW3CAnnotation(json: unknown): W3CAnnotationInput {
  return w3cAnnotationSchema.parse(json);
}
