/**
 * Construction: a denial (or confirmation) appended to a statement as a noun with a clause on it — "The United States
 * says the program is meant to build a weapon, a charge Tehran denies", "…, an accusation which the military rejects",
 * "…, a charge Washington has denied." The speaker is the clause's subject, the cue its verb (with the auxiliaries and
 * adverbs before it), the content the accusation noun, which points back at the statement it follows
 * (anaphoric-content.ts). Read from words and lemmas, not from the parse: the parser takes "denies" after a name for a
 * noun and the noun's clause for a parataxis.
 * @module
 */
import { ACCUSATION_NOUNS, AUXILIARIES, RELATIVE_PRONOUNS } from '../text/english.js'
import type { Attribution } from './attributions.js'
import { suffixLemmas } from './lexicon.js'
import { reportingStance } from './reporting-verbs.js'
import { lemmaOf, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** Words a speaker's phrase is made of here ("the military" is tagged an adjective). */
const SPEAKER_UPOS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON'])

const lower = (v: SyntaxView, i: number): string => wordOf(v, i).toLowerCase()

/** Does token i deny or confirm, by its lemma or the lemmas its suffix allows ("denies" tagged a noun)? */
function denialVerb(v: SyntaxView, i: number): boolean {
  return [lemmaOf(v, i), ...suffixLemmas(lower(v, i))].some((l) => reportingStance(l) === 'deny' || reportingStance(l) === 'confirm')
}

/** Is token i the last word of its sentence (only punctuation after it)? */
function endsSentence(v: SyntaxView, i: number): boolean {
  const next = i + 1
  return next >= v.tokens.length || v.tokens[next]!.sentence !== v.tokens[i]!.sentence || /^[.;!?]$/.test(wordOf(v, next))
}

/** The appended denial whose accusation noun is token n (after ", a" / ", an" / ", the"), if there is one. */
function appendedAt(v: SyntaxView, n: number): Attribution | undefined {
  let i = n + 1
  if (i < v.tokens.length && RELATIVE_PRONOUNS.has(lower(v, i))) i++
  const subject = i
  while (i < v.tokens.length && i - subject < 5 && SPEAKER_UPOS.has(uposOf(v, i)) && !denialVerb(v, i)) i++
  const subjectEnd = i
  while (i < v.tokens.length && (AUXILIARIES.has(lower(v, i)) || uposOf(v, i) === 'ADV')) i++
  if (subjectEnd === subject || i >= v.tokens.length || !denialVerb(v, i) || !endsSentence(v, i)) return undefined
  if (!v.tokens.slice(subject, subjectEnd).some((_t, k) => uposOf(v, subject + k) !== 'DET')) return undefined
  const t = v.tokens
  return {
    cue: { start: t[subjectEnd]!.start, end: t[i]!.end },
    source: { start: t[subject]!.start, end: t[subjectEnd - 1]!.end },
    content: [{ start: t[n - 1]!.start, end: t[n]!.end }],
    quote: false, pattern: 'complement', sentence: t[n]!.sentence,
  }
}

/** The statement a denial is appended to ends before it: its content parts clipped at the comma before the accusation noun. */
export function beforeAppended(a: Attribution, denials: readonly Attribution[], text: string): Attribution {
  const cuts = denials.map((d) => text.lastIndexOf(',', d.content[0]!.start)).filter((c) => a.content.some((p) => p.start < c && c < p.end))
  if (cuts.length === 0) return a
  const cut = Math.min(...cuts)
  return { ...a, content: a.content.filter((p) => p.start < cut).map((p) => (p.end > cut ? { start: p.start, end: cut } : p)) }
}

/** The appended denials of a document (they replace what the word patterns read at their cues). */
export function appendedDenials(v: SyntaxView): Attribution[] {
  const out: Attribution[] = []
  for (let n = 2; n < v.tokens.length; n++) {
    if (!ACCUSATION_NOUNS.has(lemmaOf(v, n)) || uposOf(v, n) !== 'NOUN' || !/^(a|an|the)$/.test(lower(v, n - 1)) || wordOf(v, n - 2) !== ',') continue
    const a = appendedAt(v, n)
    if (a) out.push(a)
  }
  return out
}
