/**
 * A common noun read into a place's name: "the [Damascus suburbs]LOC", "[Aleppo countryside]LOC". A place span that
 * ends in lower-case words which are not a name's head ("Anbar province", "Golan Heights" stay: `NAME_HEAD_NOUNS`)
 * and whose capitalised rest the gazetteer knows as a country, city or region ends before those words, so the
 * mention names the place (and joins it) instead of standing as a place of its own (shared scheme).
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { GAZ, type Lexicon } from './lexicon.js'
import { NAME_HEAD_NOUNS } from './lists.js'

const NAME_HEADS: ReadonlySet<string> = new Set(NAME_HEAD_NOUNS)
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u
const PLACE_BITS = (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.REGION)

/** The span cut before its trailing common nouns, when the rest is a known place; else the span. */
function placeWithoutNouns(words: readonly string[], s: SentenceSpan, lexicon: Lexicon): SentenceSpan {
  if (s.type !== 'LOC') return s
  let end = s.end
  while (end > s.start + 1 && LOWER_WORD.test(words[end - 1]!) && !NAME_HEADS.has(words[end - 1]!)) end--
  if (end === s.end || !/^\p{Lu}/u.test(words[end - 1]!)) return s
  return (lexicon.phraseMask(words.slice(s.start, end)) & PLACE_BITS) !== 0 ? { ...s, end } : s
}

/** A document's spans with place names cut before common nouns read into them. */
export function trimPlaceNouns(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  return spans.map((s) => placeWithoutNouns(sentences[s.sentence]!, s, lexicon))
}
