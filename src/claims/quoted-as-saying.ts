/**
 * Construction: "X quotes Y as saying Z", "Amnesty International cites sources as saying Z", "Y was quoted as saying
 * Z". The speaker is the one quoted (Y), not the outlet that quotes: the news golds code Y with the verb "saying" (or
 * "quoted as saying") and Z as what was said. The word patterns read "X quotes …" with "Y as saying Z" as its content,
 * which is no statement, so the claim was lost. Read from the tokens and their lemmas (the parse hangs "as saying" in
 * many ways): a verb of quoting, then "as" and the participle of a reporting verb of the table ("as saying", "as
 * denying any violations", "as blaming the settlers"; twenty-sixth session); the quoted is the phrase between them,
 * or — in the passive — the subject of the verb of quoting.
 * @module
 */
import type { Sentence, Span } from '../model/index.js'
import { BE_FORMS } from '../text/english.js'
import type { Attribution } from './attributions.js'
import { reportsFact } from './reporting-verbs.js'
import { lemmaOf, phraseSpan, sentenceTokens, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** Verbs that report someone else's words through an outlet or a report. */
const QUOTING: ReadonlySet<string> = new Set(['quote', 'cite'])

/** A construction found: the attribution, and the verb of quoting whose own pattern attribution it replaces. */
export interface QuotedAsSaying {
  readonly attribution: Attribution
  readonly quoting: Span
}

const isPunct = (v: SyntaxView, i: number) => uposOf(v, i) === 'PUNCT'

/** The span of tokens [a, b), with punctuation at its edges left out, or undefined when nothing is left. */
function trimmed(v: SyntaxView, a: number, b: number): Span | undefined {
  while (a < b && isPunct(v, a)) a++
  while (b > a && isPunct(v, b - 1)) b--
  return a < b ? { start: v.tokens[a]!.start, end: v.tokens[b - 1]!.end } : undefined
}

/** The quoted one: the phrase between the verb of quoting and "as", or the passive verb's subject. */
function quotedSource(v: SyntaxView, q: number, as: number, first: number): Span | undefined {
  const passive = q > first && BE_FORMS.has(wordOf(v, q - 1).toLowerCase())
  if (!passive) return trimmed(v, q + 1, as)
  const subject = v.clauses.get(q)?.subject
  return subject !== undefined && subject < q ? phraseSpan(v, subject) : undefined
}

/** One construction in a sentence whose "as" is token `as`, if the verb of quoting is before it. */
function atAs(v: SyntaxView, as: number, first: number, end: number, sentence: number): QuotedAsSaying | undefined {
  let q = as - 1
  // any part of speech: the tagger reads "quotes" in "The Associated Press quotes …" as a noun
  while (q >= first && !QUOTING.has(lemmaOf(v, q))) q--
  if (q < first) return undefined
  const source = quotedSource(v, q, as, first)
  let c = as + 2
  if (c < end && wordOf(v, c).toLowerCase() === 'that') c++
  const content = trimmed(v, c, end)
  if (!source || !content) return undefined
  const say = v.tokens[as + 1]!
  return {
    attribution: { cue: { start: say.start, end: say.end }, source, content: [content], quote: false, pattern: 'complement', sentence },
    quoting: { start: v.tokens[q]!.start, end: v.tokens[q]!.end },
  }
}

/** "saying", "denying", "blaming": the "-ing" form of a reporting verb that states something (no directive). */
function reportingParticiple(v: SyntaxView, i: number): boolean {
  return /ing$/i.test(wordOf(v, i)) && reportsFact(lemmaOf(v, i))
}

/** Every "quotes Y as saying Z" and "Y was quoted as saying Z" of the doc. */
export function quotedAsSaying(v: SyntaxView, sentences: readonly Sentence[]): QuotedAsSaying[] {
  const out: QuotedAsSaying[] = []
  sentences.forEach((s, sentence) => {
    const [first, end] = sentenceTokens(v, s)
    for (let i = first; i + 2 < end; i++) {
      if (wordOf(v, i).toLowerCase() !== 'as' || !reportingParticiple(v, i + 1)) continue
      const found = atAs(v, i, first, end, sentence)
      if (found) out.push(found)
    }
  })
  return out
}
