import { lastPage } from "./last-page";
import { pageUrl } from "./page-url";
import { toW3CPage } from "./to-w3c-page";
import { ANNOTATION_CONTEXT, type W3CAnnotationCollection, type W3CPageInput, type W3CUrls } from "./types";

/**
 * A document's annotations as a W3C AnnotationCollection: label, total, the first page embedded
 * (`items` are that page's annotations) and the URL of the last; further pages come from
 * toW3CPage. An empty collection has neither first nor last. Private annotations are skipped,
 * never exported (see toW3CPage): `total` must count group annotations only.
 */
export function toW3CCollection(input: Omit<W3CPageInput, "page">, urls: W3CUrls): W3CAnnotationCollection {
  const { total, pageSize, collectionUrl, label } = input;
  const first = toW3CPage({ ...input, page: 0 }, urls, { embedded: true });
  return {
    "@context": ANNOTATION_CONTEXT,
    id: collectionUrl,
    type: ["AnnotationCollection"],
    label,
    total,
    ...(total > 0 ? { first, last: pageUrl(collectionUrl, lastPage(total, pageSize)) } : {}),
  };
}
