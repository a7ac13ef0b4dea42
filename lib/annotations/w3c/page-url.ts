/** The URL of page `page` (from 0) of a collection: the collection URL with `page` set in its query. */
export function pageUrl(collectionUrl: string, page: number): string {
  const url = new URL(collectionUrl);
  url.searchParams.set("page", String(page));
  return url.toString();
}
