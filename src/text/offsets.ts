/**
 * Offsets to tokens: one binary search for every folder that maps a character offset of `Article.text` to a token.
 * @module
 */

/** Index of the first span (sorted, non-overlapping) that ends after `offset`: the span covering it, or the next one; `spans.length` when none. */
export function firstSpanEndingAfter(spans: ReadonlyArray<{ readonly end: number }>, offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
