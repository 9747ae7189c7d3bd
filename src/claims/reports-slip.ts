/**
 * Construction: "The New York Times newspaper reports the Pentagon used …", "the U.S. military reports two American
 * soldiers were killed …", "Police report they found …" — a speaker, "report(s)" and a clause, where the tagger and
 * the parser read "reports" as a noun (a compound of the subject, or the subject of the reported clause's verb), so no
 * pattern or clause found the cue. Read from the tokens: a short phrase with no verb after the sentence's start or a
 * comma, whose last word is a speaker; "report" or "reports" right after it; and a clause after that — its first word
 * opens a noun phrase, and a verb follows before the clause ends. A noun use ("News reports say …", "The reports
 * were false", "reports of fighting") has a verb or a preposition right after "reports", or no speaker before it.
 * @module
 */
import type { Mention, Sentence, Span } from '../model/index.js'
import type { Attribution } from './attributions.js'
import { isSpeakerHead } from './speakers.js'
import { lemmaOf, sentenceTokens, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** A speaker's phrase before "reports" is short: "The state-run Xinhua news agency", "the U.S. military". */
const MAX_SOURCE_TOKENS = 7
/** First words of a reported clause's subject. */
const OPENS_SUBJECT = /^(DET|NUM|PROPN|PRON|NOUN|ADJ)$/
/** Nouns and verbs of reporting that make "reports" the subject of the next verb ("News reports say …"). */
const REPORTING_NEXT: ReadonlySet<string> = new Set(['say', 'quote', 'cite', 'suggest', 'indicate', 'show', 'claim', 'state'])

/** The first token of the source phrase ending before `r`: after the sentence's start or the last comma, no verb in it. */
function sourceStart(v: SyntaxView, r: number, first: number): number | undefined {
  let a = r
  while (a > first && wordOf(v, a - 1) !== ',' && r - a < MAX_SOURCE_TOKENS) a--
  if (a === r || (a > first && wordOf(v, a - 1) !== ',')) return undefined
  for (let i = a; i < r; i++) if (/^(VERB|AUX|PUNCT|SCONJ|ADP)$/.test(uposOf(v, i)) && wordOf(v, i) !== "'s" && wordOf(v, i) !== '’s') return undefined
  return a
}

/** The reported clause after "reports" at `r`: a subject's first word, then a verb before the clause ends. */
function reportedClause(v: SyntaxView, r: number, end: number): Span | undefined {
  let c = r + 1
  if (c < end && wordOf(v, c).toLowerCase() === 'that') c++
  if (c >= end || !OPENS_SUBJECT.test(uposOf(v, c))) return undefined
  let b = c
  let verb = false
  while (b < end && !/^[;:—–]$/.test(wordOf(v, b))) {
    if (/^(VERB|AUX)$/.test(uposOf(v, b))) {
      if (REPORTING_NEXT.has(lemmaOf(v, b)) && !verb) return undefined
      verb = true
    }
    b++
  }
  while (b > c && uposOf(v, b - 1) === 'PUNCT') b--
  return verb && b > c ? { start: v.tokens[c]!.start, end: v.tokens[b - 1]!.end } : undefined
}

/** Every "X reports CLAUSE" whose "reports" no attribution in `found` has as its cue. */
export function reportsSlips(v: SyntaxView, sentences: readonly Sentence[], found: readonly Attribution[], mentions: readonly Mention[]): Attribution[] {
  const out: Attribution[] = []
  const covered = (s: Span) => found.some((a) => a.cue.start < s.end && s.start < a.cue.end)
  sentences.forEach((s, sentence) => {
    const [first, end] = sentenceTokens(v, s)
    for (let r = first + 1; r + 2 < end; r++) {
      const w = wordOf(v, r)
      if ((w !== 'reports' && w !== 'report') || covered(v.tokens[r]!)) continue
      const a = sourceStart(v, r, first)
      if (a === undefined || !isSpeakerHead(v, r - 1, mentions, 'report')) continue
      const content = reportedClause(v, r, end)
      if (!content) continue
      const cue = { start: v.tokens[r]!.start, end: v.tokens[r]!.end }
      out.push({ cue, source: { start: v.tokens[a]!.start, end: v.tokens[r - 1]!.end }, content: [content], quote: false, pattern: 'complement', sentence })
    }
  })
  return out
}
