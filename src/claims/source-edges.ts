/**
 * What a source span's edges may not hold: a time adverbial and a dateline. "The pope Thursday said", "Wednesday, Mr.
 * Larijani said", "Mr. Bush on Tuesday said" name the pope, Mr. Larijani and Mr. Bush; "BAGHDAD — Iraqi officials said"
 * names Iraqi officials. A time word is a day, a month, a relative time or a time noun (the one English list,
 * src/text/english.ts), a token the parse marks as a temporal modifier (`obl:tmod`, `nmod:tmod`), or a number or
 * preposition that goes with one ("on Dec. 14", "last week"); a dateline is a capitalised place before a dash at the
 * start of the span. A noun, name or pronoun always stays.
 * @module
 */
import type { Span } from '../model/index.js'
import { MONTHS, RELATIVE_TIME, TIME_NOUNS, WEEKDAYS } from '../text/english.js'
import { deprelOf, tokensIn, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** Words that go with a time word at a span's edge: "on Tuesday", "last week", "early Sunday", "this month". */
const TIME_COMPANIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later'])
const DASHES = /^[—–-]{1,2}$/

/**
 * A time word alone: a day, a relative time, a lower-case time noun ("week", not "Human Rights Day"), a temporal modifier
 * by the parse that is no name. A month needs a number or a companion in its run ("Dec. 14", "in March"; "Theresa May" is a name).
 */
function timeWord(v: SyntaxView, i: number): boolean {
  const word = wordOf(v, i)
  const w = word.toLowerCase()
  return WEEKDAYS.has(w) || RELATIVE_TIME.has(w) || (TIME_NOUNS.has(w) && word === w) || (/^(obl|nmod):tmod$/.test(deprelOf(v, i)) && uposOf(v, i) !== 'PROPN')
}
const monthWord = (v: SyntaxView, i: number): boolean => MONTHS.has(wordOf(v, i).toLowerCase().replace(/\.$/, ''))
const companion = (v: SyntaxView, i: number): boolean => TIME_COMPANIONS.has(wordOf(v, i).toLowerCase())

/** Tokens that form a time adverbial: time words, with the numbers, punctuation and companions around them. */
function timeRun(v: SyntaxView, idx: readonly number[]): boolean {
  const months = idx.filter((i) => monthWord(v, i))
  const datedMonth = months.length > 0 && idx.some((i) => uposOf(v, i) === 'NUM' || companion(v, i))
  if (!idx.some((i) => timeWord(v, i)) && !datedMonth) return false
  return idx.every((i) => timeWord(v, i) || (datedMonth && monthWord(v, i)) || uposOf(v, i) === 'NUM' || uposOf(v, i) === 'PUNCT' || companion(v, i))
}

/** A word that can name a speaker: a noun, name or pronoun that is no time word. */
const speakerWord = (v: SyntaxView, i: number): boolean => /^(NOUN|PROPN|PRON)$/.test(uposOf(v, i)) && !timeWord(v, i) && !monthWord(v, i)

/** Can the token be in a time adverbial at all: timeRun's test of each token, whatever else the run holds. */
const timeable = (v: SyntaxView, i: number): boolean =>
  timeWord(v, i) || monthWord(v, i) || uposOf(v, i) === 'NUM' || uposOf(v, i) === 'PUNCT' || companion(v, i)

/**
 * The longest run of edge tokens (from the left when `left`) that is a time adverbial and leaves a speaker word in the
 * span. A token no time adverbial can hold ends the search: every longer run holds it too ("The pope Thursday" stops at "The").
 */
function edgeRun(v: SyntaxView, idx: readonly number[], left: boolean): number {
  let best = 0
  for (let n = 1; n < idx.length; n++) {
    if (!timeable(v, left ? idx[n - 1]! : idx[idx.length - n]!)) break
    const run = left ? idx.slice(0, n) : idx.slice(idx.length - n)
    const rest = left ? idx.slice(n) : idx.slice(0, idx.length - n)
    if (!rest.some((i) => speakerWord(v, i))) break
    // "Sunday's statement", "Friday's report": a time word that is a possessor stays with its noun
    if (left && /^['’]s$/i.test(wordOf(v, rest[0]!))) continue
    if (timeRun(v, run)) best = n
  }
  return best
}

/** A dateline before the speaker: capitalised words and a dash opening the span ("BAGHDAD —", "WASHINGTON, D.C. -"). */
function datelineEnd(v: SyntaxView, idx: readonly number[]): number {
  const at = idx.findIndex((i) => DASHES.test(wordOf(v, i)))
  if (at <= 0 || !idx.slice(at + 1).some((i) => speakerWord(v, i))) return 0
  const before = idx.slice(0, at).filter((i) => uposOf(v, i) !== 'PUNCT')
  return before.length > 0 && before.every((i) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(wordOf(v, i))) ? at + 1 : 0
}

/** The source span without a time adverbial or a dateline at its edges (commas between them dropped too). */
export function withoutTimeAndDateline(v: SyntaxView, span: Span): Span {
  let idx = tokensIn(v, span)
  if (!idx.some((i) => speakerWord(v, i))) return span
  idx = idx.slice(datelineEnd(v, idx))
  idx = idx.slice(edgeRun(v, idx, true))
  idx = idx.slice(0, idx.length - edgeRun(v, idx, false))
  while (idx.length > 1 && uposOf(v, idx[0]!) === 'PUNCT' && !/^[“"‘'(]$/.test(wordOf(v, idx[0]!))) idx = idx.slice(1)
  while (idx.length > 1 && /^[,;—–-]$/.test(wordOf(v, idx[idx.length - 1]!))) idx = idx.slice(0, -1)
  if (idx.length === 0) return span
  const start = v.tokens[idx[0]!]!.start
  const end = v.tokens[idx[idx.length - 1]!]!.end
  return start === span.start && end === span.end ? span : { start, end }
}
