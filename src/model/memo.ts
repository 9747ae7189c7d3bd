/**
 * Functions of a string computed once per distinct string across articles: words and names recur from article to
 * article, so lemma, stem and name-key work is cached process-wide. Only for pure functions of the string.
 * @module
 */

/** `f` memoised per string; the cache is emptied when it grows past `limit` entries (a long run meets an open set of words). */
export function stringMemo<T>(f: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>()
  return (s) => {
    let v = cache.get(s)
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= limit) cache.clear()
      v = f(s)
      cache.set(s, v)
    }
    return v as T
  }
}
