/**
 * Two names the model read as one: a body the gazetteer knows, then a country it knows, with nothing between —
 * "new [EU Syria]ORG sanctions listings", "the [NATO Afghanistan]ORG mission", where a headline or a noun phrase stacks
 * the names as modifiers of the noun after them. A name is not made that way: a body named with its country writes the
 * country first ("US Central Command") or joins it with a word ("Bank of Syria"), and names the gazetteer knows whole
 * ("Air India" is not a known body + country pair either way) are left alone. Such a span is cut into the body and the
 * country, each typed as the gazetteer types it (ORG, LOC). (Shared scheme.)
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { GAZ, type Lexicon } from './lexicon.js'

const BODY = (1 << GAZ.ORG) | (1 << GAZ.ARMED_GROUP)
const COUNTRY = 1 << GAZ.COUNTRY

/** Where a span splits into a known body and a known country after it, or undefined. */
export function gluedSplit(words: readonly string[], s: SentenceSpan, lexicon: Lexicon): number | undefined {
  if (s.end - s.start < 2 || s.type === 'MISC' || s.type === 'PER') return undefined
  if (lexicon.phraseMask(words.slice(s.start, s.end)) !== 0) return undefined
  for (let k = s.start + 1; k < s.end; k++) {
    const body = lexicon.phraseMask(words.slice(s.start, k))
    const country = lexicon.phraseMask(words.slice(k, s.end))
    if ((body & BODY) !== 0 && (body & COUNTRY) === 0 && (country & COUNTRY) !== 0 && (country & BODY) === 0) return k
  }
  return undefined
}

/** One sentence's spans with glued body + country pairs cut in two. */
export function splitGluedNames(words: readonly string[], spans: readonly SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  return spans.flatMap((s) => {
    const k = gluedSplit(words, s, lexicon)
    return k === undefined ? [s] : [{ ...s, end: k, type: 'ORG' as const }, { ...s, start: k, type: 'LOC' as const }]
  })
}
