import { lastPage } from "./last-page";
import { pageUrl } from "./page-url";
import { toW3CAnnotation } from "./to-w3c-annotation";
import { ANNOTATION_CONTEXT, type W3CAnnotationPage, type W3CPageInput, type W3CUrls } from "./types";

function checkPaging({ total, page, pageSize }: Pick<W3CPageInput, "total" | "page" | "pageSize">) {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, not ${pageSize}.`);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, not ${total}.`);
  if (!Number.isInteger(page) || page < 0) throw new RangeError(`page must be a non-negative integer, not ${page}.`);
}

/**
 * One page of a document's annotation collection (W3C AnnotationPage), standalone with
 * @context and `partOf` describing the collection, or `embedded` in the collection (its first
 * page). Private annotations are skipped, never exported: the caller's query should exclude
 * them already, so that `total` and the paging count group annotations only.
 */
export function toW3CPage(input: W3CPageInput, urls: W3CUrls, options: { embedded?: boolean } = {}): W3CAnnotationPage {
  checkPaging(input);
  const { items, total, page, pageSize, collectionUrl, label } = input;
  const last = lastPage(total, pageSize);
  const annotations = items.filter((item) => item.visibility === "group").map((item) => toW3CAnnotation(item, urls));
  return {
    ...(options.embedded ? {} : { "@context": ANNOTATION_CONTEXT }),
    id: pageUrl(collectionUrl, page),
    type: "AnnotationPage",
    ...(options.embedded
      ? {}
      : { partOf: { id: collectionUrl, type: "AnnotationCollection", label, total, ...(total > 0 ? { first: pageUrl(collectionUrl, 0), last: pageUrl(collectionUrl, last) } : {}) } }),
    startIndex: page * pageSize,
    items: annotations,
    ...(page < last ? { next: pageUrl(collectionUrl, page + 1) } : {}),
    ...(page > 0 ? { prev: pageUrl(collectionUrl, page - 1) } : {}),
  };
}
