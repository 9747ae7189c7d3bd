/**
 * The body "it" stands for when no earlier speaker near it does: "Medical experts with the World Health Organization are
 * investigating an outbreak … But it says …" is the WHO; "Eritrea has rejected a suggestion … It said …" is Eritrea;
 * "al-Jazeera television aired a video it said shows …" is al-Jazeera. The candidates are the organisations, places and
 * peoples named before the pronoun in its sentence, else in the sentence before: a clause's subject first, then an
 * organisation, then the first named. A person is never a candidate.
 * @module
 */
import type { AnnotatedDoc, Mention } from '../model/index.js'
import { firstSpanEndingAfter } from '../text/offsets.js'

const BODY_TYPES: ReadonlySet<string> = new Set(['ORG', 'LOC', 'NORP'])

/** Is the mention's last token a clause's subject in the parse? */
function isSubject(doc: AnnotatedDoc, m: Mention): boolean {
  const tokens = doc.tokens ?? []
  const syn = doc.syntax?.tokens ?? []
  for (let i = firstSpanEndingAfter(tokens, m.start); i < tokens.length && tokens[i]!.start < m.end; i++) {
    const t = tokens[i]!
    if (t.start < m.start || t.end > m.end) continue
    const h = syn[i]?.head ?? -1
    const outside = h < 0 || tokens[h]!.start < m.start || tokens[h]!.end > m.end
    if (outside && /^nsubj/.test(syn[i]?.deprel ?? '')) return true
  }
  return false
}

function pick(doc: AnnotatedDoc, ms: readonly Mention[]): Mention | undefined {
  return ms.find((m) => isSubject(doc, m)) ?? ms.find((m) => m.type === 'ORG') ?? ms[0]
}

/** The body a neuter pronoun source at `at` (sentence `sentence`) stands for, or undefined. */
export function bodyForIt(doc: AnnotatedDoc, sentence: number, at: number, mentions: readonly Mention[]): Mention | undefined {
  const ss = doc.sentences ?? []
  const text = doc.article.text
  // a possessor ("Eritrea's government") names what owns the noun, not the noun
  const bodies = (lo: number, hi: number) => mentions.filter((m) => BODY_TYPES.has(m.type) && m.kind !== 'pronoun' && m.start >= lo && m.end <= hi && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)))
  const own = ss[sentence]
  if (!own) return undefined
  const here = pick(doc, bodies(own.start, at))
  if (here) return here
  const before = ss[sentence - 1]
  return before ? pick(doc, bodies(before.start, before.end)) : undefined
}
