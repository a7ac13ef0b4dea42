export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const PAGE_SIZE = 50;

/** findMany arguments for one page, newest first, after the row whose id is `cursor`. */
export function newestFirst(cursor?: string) {
  return {
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  };
}

/** Cuts a list fetched with `take: size + 1` into one page and the next cursor. */
export function toPage<Row, Item>(rows: Row[], size: number, cursorOf: (row: Row) => string, present: (row: Row) => Item): Page<Item> {
  const page = rows.slice(0, size);
  return { items: page.map(present), nextCursor: rows.length > size ? cursorOf(page[page.length - 1]) : null };
}
