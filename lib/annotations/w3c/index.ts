/**
 * The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): export of a
 * document's annotations as JSON-LD (annotations, a paged collection) and import of annotations
 * made elsewhere. Private annotations are never exported.
 */
export { fromW3CAnnotation } from "./from-w3c-annotation";
export { pageUrl } from "./page-url";
export { toW3CAnnotation } from "./to-w3c-annotation";
export { toW3CCollection } from "./to-w3c-collection";
export { toW3CPage } from "./to-w3c-page";
export { w3cAnnotationSchema } from "./w3c-annotation-schema";
export {
  ANNOTATION_CONTEXT,
  type AnnotationKind,
  type W3CAnnotation,
  type W3CAnnotationCollection,
  type W3CAnnotationDto,
  type W3CAnnotationInput,
  type W3CAnnotationPage,
  type W3CPageInput,
  type W3CUrls,
} from "./types";
