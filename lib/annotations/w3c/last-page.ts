/** Index (from 0) of the last page of `total` items in pages of `pageSize`; 0 when there are none. */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(0, Math.ceil(total / pageSize) - 1);
}
