/**
 * The first position in `list` whose item is not `before` one sought: `before` must hold for a prefix of the list
 * and fail for the rest (a sorted list and a bound). A binary search, for the many places that look up offsets,
 * lines or steps in lists kept in order.
 */
export function partitionPoint<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
