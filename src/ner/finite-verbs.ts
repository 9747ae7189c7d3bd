/**
 * A headline's verb read into a name.
 *
 * Headlines write every word with a capital, so the model can run a name on over the verb after it: "[DoD Identifies
 * Army]ORG Casualty", "[DoD Identifies]ORG Fallen U.S. Service Member". A name never holds a clause, so a word the
 * syntax stage tags as a verb in its third-person present form (the form is the lemma plus "s": "Identifies" of
 * "identify"), whose subject is a word of the same span before it, ends the name there. The words after the verb
 * are its object in the headline's capitals ("Army Casualty"), which the model read as a name only as part of the
 * glued span, so they are left to the decoding's other steps as no name. Base forms and participles are left alone: they are common inside names ("Guy
 * Forget", "Jeans Mate Corp", "Manchester United", "Mostostal Zabrze Holding"), and so are verbs with their subject
 * outside the span ("… Secretary Peter Cook told reporters", where the tagger reads "Cook" as a verb).
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import type { NerSyntax } from './features.js'

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u

/** A verb in its third-person singular present form: the word is its lemma inflected with "s" ("Identifies", "Joins"). */
export function isPresentThirdPerson(word: string, lemma: string | undefined): boolean {
  const low = word.toLowerCase()
  return lemma !== undefined && low !== lemma && low.endsWith('s') && !lemma.endsWith('s') && TITLE_WORD.test(word)
}

/** The first word of span `s` that is a finite present verb with its subject inside the span before it. */
function verbInside(s: SentenceSpan, words: readonly string[], syn: NerSyntax): number | undefined {
  for (let k = s.start + 1; k < s.end; k++) {
    if (syn.upos[k] !== 'VERB' || !isPresentThirdPerson(words[k]!, syn.lemma[k])) continue
    for (let j = s.start; j < k; j++) if (syn.head[j] === k && syn.deprel[j]!.startsWith('nsubj')) return k
  }
  return undefined
}

/** Spans of one sentence with every name that holds a verb and its subject cut before the verb. */
export function cutAtFiniteVerbs(words: readonly string[], spans: readonly SentenceSpan[], syn: NerSyntax | undefined): SentenceSpan[] {
  if (!syn) return [...spans]
  return spans.map((s) => {
    const k = verbInside(s, words, syn)
    return k === undefined ? s : { ...s, end: k }
  })
}
