/**
 * Counts of people or things in an event: "four Hamas members", "more than 500",
 * "the number of … passed the 500 mark", "dozens of".
 * @module
 */

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  dozens: 24, hundreds: 200, thousands: 2000, scores: 40,
}
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 }

/** Units after which a number is not a count of participants. */
const NOT_COUNT_AFTER = new Set(['%', 'percent', 'per', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days',
  'hour', 'hours', 'minute', 'minutes', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'dollars', 'ducats',
  'tonnes', 'tons', 'am', 'pm', 'a.m.', 'p.m.', 'o\'clock', 'million', 'billion'])
const MONTHS = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?$/i

/** The value of a number token ("500", "1,200", "four", "dozens"), or undefined. */
export function numberValue(word: string): number | undefined {
  const w = word.toLowerCase()
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(w)) return Number(w.replace(/,/g, ''))
  return WORDS[w]
}

export interface CountHit { readonly value: number; readonly token: number }

/**
 * The count in words[from, to) (lower-case tokens): a number, possibly followed by a
 * scale word, that is not a date, percentage, duration or sum. `prefer` is the token
 * index the count should sit closest to (the start of the role it counts).
 */
export function findCount(words: readonly string[], from: number, to: number, prefer?: number): CountHit | undefined {
  const hits: CountHit[] = []
  // the window is clamped to the words: a caller's range past the end reads nothing there
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
    let v = numberValue(words[i]!)
    if (v === undefined) continue
    const prev = words[i - 1] ?? ''
    let next = words[i + 1] ?? ''
    const scale = SCALE[next]
    if (scale !== undefined && v < 1000) { v *= scale; next = words[i + 2] ?? '' }
    if (NOT_COUNT_AFTER.has(next) || MONTHS.test(next)) continue
    if (MONTHS.test(prev) || ['$', '€', '£', 'us$'].includes(prev)) continue
    if (v >= 1900 && v <= 2100 && !/,/.test(words[i]!)) continue // a year
    if (words[i] === 'one' && !/^(of|more|than)$/.test(prev) && !/^(hundred|thousand)/.test(next)) continue // "one" is too often a pronoun
    hits.push({ value: v, token: i })
  }
  if (hits.length === 0) return undefined
  if (prefer === undefined) return hits[0]
  return hits.reduce((a, b) => (Math.abs(b.token - prefer) < Math.abs(a.token - prefer) ? b : a))
}
