/**
 * A source phrase cut short by a tagger slip: in "Ethiopian state-run television reported", "A U.S.-funded radio station
 * says" and "The state-run Xinhua news agency says" the tagger reads the hyphenated participle ("state-run",
 * "U.S.-funded") as a verb, so the subject the parse and the word patterns find begins after it ("television", "radio
 * station"), and the outlet's own name ("Ethiopian state-run television") is lost. A hyphenated adjective or participle
 * right before the source, with nothing but space between, modifies the source's noun: the source takes it back, and
 * before it the phrase's determiner and capitalised adjectives ("Ethiopian", "The").
 * @module
 */
import type { AnnotatedDoc, Span } from '../model/index.js'
import { ARTICLES, DEMONSTRATIVES, MONTHS, WEEKDAYS } from '../text/english.js'
import { firstSpanEndingAfter } from '../text/offsets.js'

/** A hyphenated word whose last part is lower case: "state-run", "U.S.-funded", "Hamas-led" (not "al-Qaida"). */
const HYPHENATED = /^[\p{L}.]+-\p{Ll}+$/u
/** How many words before the hyphenated one the phrase may still take (a determiner and capitalised adjectives). */
const MAX_BEFORE = 3

type Tok = { readonly start: number; readonly end: number }

/** Does token k sit right before offset `at`, nothing but space between? */
function adjacent(text: string, t: Tok, at: number): boolean {
  return /^[ \t]+$/.test(text.slice(t.end, at))
}

/** A word that may open the phrase before the premodifier: an article or demonstrative, or a capitalised adjective or name that is no date. */
function phraseWord(word: string, upos: string): 'determiner' | 'modifier' | undefined {
  const w = word.toLowerCase()
  if (ARTICLES.has(w) || DEMONSTRATIVES.has(w)) return upos === 'DET' ? 'determiner' : undefined
  if (MONTHS.has(w) || WEEKDAYS.has(w)) return undefined
  return /^\p{Lu}/u.test(word) && (upos === 'ADJ' || upos === 'PROPN') ? 'modifier' : undefined
}

/**
 * The hyphenated word glued together right before token `first` and separated from it by space: its first token's
 * index, when the tagger took its last part for an adjective or a participle ("state-run"; "U.S. - funded" as three tokens).
 */
function hyphenatedBefore(doc: AnnotatedDoc, first: number): number | undefined {
  const tokens = doc.tokens!
  const syntax = doc.syntax!.tokens
  const text = doc.article.text
  const k = first - 1
  if (k < 0 || !adjacent(text, tokens[k]!, tokens[first]!.start)) return undefined
  let g = k
  while (g > 0 && tokens[g - 1]!.end === tokens[g]!.start) g--
  const word = text.slice(tokens[g]!.start, tokens[k]!.end)
  return HYPHENATED.test(word) && (syntax[k]!.upos === 'ADJ' || syntax[k]!.upos === 'VERB') ? g : undefined
}

/** The source span, widened over a hyphenated premodifier the tagger split off (and the phrase's words before it). */
export function widenOverPremodifiers(doc: AnnotatedDoc, src: Span): Span {
  const tokens = doc.tokens
  const syntax = doc.syntax?.tokens
  if (!tokens || !syntax || syntax.length !== tokens.length) return src
  const text = doc.article.text
  const first = firstSpanEndingAfter(tokens, src.start)
  if (tokens[first]?.start !== src.start) return src
  const g = hyphenatedBefore(doc, first)
  if (g === undefined) return src
  let start = tokens[g]!.start
  for (let j = g - 1; j >= 0 && g - j <= MAX_BEFORE && adjacent(text, tokens[j]!, start); j--) {
    const kind = phraseWord(text.slice(tokens[j]!.start, tokens[j]!.end), syntax[j]!.upos)
    if (!kind) break
    start = tokens[j]!.start
    if (kind === 'determiner') break
  }
  return { start, end: src.end }
}
