/**
 * Two names stacked as modifiers and read as one: "new [EU Syria]ORG sanctions", "the [UN Yemen]ORG envoy". A span
 * that is exactly a body the gazetteer knows followed by a country it knows, and is no gazetteer name as a whole,
 * is the two names: the body (ORG) and the country (LOC) (shared scheme).
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { GAZ, type Lexicon } from './lexicon.js'

const ORG_BIT = 1 << GAZ.ORG
const COUNTRY_BIT = 1 << GAZ.COUNTRY

/** The two spans a stacked body + country splits into, or undefined. */
function splitStacked(words: readonly string[], s: SentenceSpan, lexicon: Lexicon): SentenceSpan[] | undefined {
  if (s.type === 'PER' || s.end - s.start < 2 || lexicon.phraseMask(words.slice(s.start, s.end)) !== 0) return undefined
  for (let k = s.start + 1; k < s.end; k++) {
    const body = lexicon.phraseMask(words.slice(s.start, k))
    const country = lexicon.phraseMask(words.slice(k, s.end))
    if ((body & ORG_BIT) !== 0 && (body & COUNTRY_BIT) === 0 && (country & COUNTRY_BIT) !== 0 && (country & ORG_BIT) === 0) {
      return [{ ...s, end: k, type: 'ORG' }, { ...s, start: k, type: 'LOC' }]
    }
  }
  return undefined
}

/** A document's spans with stacked body + country names split in two. */
export function splitStackedNames(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  return spans.flatMap((s) => splitStacked(sentences[s.sentence]!, s, lexicon) ?? [s])
}
