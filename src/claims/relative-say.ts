/**
 * Construction: a speaker inside a relative clause whose gap is the subject of what is said — "the move, which analysts
 * say is aimed at linking …", "the charges, which supporters say are politically motivated", "activists who they say
 * disappeared in custody", "journalists it says are in jail". The speaker is the subject of "say" (analysts,
 * supporters, they, it) and what is said is the clause after "say", whose subject is the noun the relative clause
 * modifies; the news golds code it as that speaker's claim. The word patterns read the whole relative clause as part
 * of another content ("He has denied all the charges, which …"), so the claim was lost.
 * Read from the tokens and their lemmas and parts of speech: a relative pronoun (or, for a pronoun speaker, the
 * modified noun itself), a short subject with no verb, a form of "say", and a verb or auxiliary right after it.
 * @module
 */
import type { Sentence, Span } from '../model/index.js'
import { PRONOUNS, RELATIVE_PRONOUNS } from '../text/english.js'
import type { Attribution } from './attributions.js'
import { lemmaOf, sentenceTokens, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON'])
/** A speaker of a relative clause is short: "analysts", "some supporters", "U.S. officials". */
const MAX_SPEAKER_TOKENS = 4

/** Does the phrase [a, b) read as a subject — nominal words, no verb, ending in a noun or pronoun? */
function subjectPhrase(v: SyntaxView, a: number, b: number): boolean {
  if (b <= a || b - a > MAX_SPEAKER_TOKENS || !NOMINAL.has(uposOf(v, b - 1))) return false
  for (let i = a; i < b; i++) if (/^(VERB|AUX|PUNCT|SCONJ|ADP)$/.test(uposOf(v, i))) return false
  return true
}

/** The speaker's first token for a "say" at `i`, if a relative clause opens before it; else undefined. */
function speakerStart(v: SyntaxView, i: number, first: number): number | undefined {
  for (let a = i - 1; a >= Math.max(first, i - MAX_SPEAKER_TOKENS); a--) {
    const before = a - 1
    if (before < first) return undefined
    if (RELATIVE_PRONOUNS.has(wordOf(v, before).toLowerCase()) && subjectPhrase(v, a, i)) return a
    // "journalists it says are in jail": a pronoun speaker right after the modified noun
    if (a === i - 1 && PRONOUNS.has(wordOf(v, a).toLowerCase()) && uposOf(v, before) === 'NOUN') return a
  }
  return undefined
}

/** The said clause: from the verb after "say" to the next comma, semicolon or the sentence's end. */
function saidClause(v: SyntaxView, from: number, end: number): Span | undefined {
  let b = from
  while (b < end && !/^[,;:—–]$/.test(wordOf(v, b))) b++
  while (b > from && uposOf(v, b - 1) === 'PUNCT') b--
  return b > from ? { start: v.tokens[from]!.start, end: v.tokens[b - 1]!.end } : undefined
}

/** Every relative-clause speaker of the doc whose "say" no attribution in `found` already has as its cue. */
export function relativeSayings(v: SyntaxView, sentences: readonly Sentence[], found: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = []
  const isCue = (s: Span) => found.some((a) => a.cue.start <= s.start && s.end <= a.cue.end)
  sentences.forEach((s, sentence) => {
    const [first, end] = sentenceTokens(v, s)
    for (let i = first + 1; i + 1 < end; i++) {
      const t = v.tokens[i]!
      if (lemmaOf(v, i) !== 'say' || uposOf(v, i) !== 'VERB' || !/^(VERB|AUX)$/.test(uposOf(v, i + 1)) || isCue(t)) continue
      const a = speakerStart(v, i, first)
      const content = saidClause(v, i + 1, end)
      if (a === undefined || !content) continue
      out.push({ cue: { start: t.start, end: t.end }, source: { start: v.tokens[a]!.start, end: v.tokens[i - 1]!.end }, content: [content], quote: false, pattern: 'complement', sentence })
    }
  })
  return out
}
