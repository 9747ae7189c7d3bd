/**
 * An adjective or participle fronted before the clause it describes names nothing, though it opens the sentence with a
 * capital and may spell a name's first word: "[United]ORG, we continue to work to defeat ISIL", "Undeterred, they
 * pressed on", "Exhausted, he sat down". The word stands alone before a comma and the clause's subject pronoun, so it
 * heads no noun phrase of its own; a name there would be the subject's vocative or apposition, which news do not write
 * before "we" or "they" ("United, the league leaders, …" keeps its name: no pronoun follows). The word must have the
 * form of a participle or an adjective (-ed, -ing, -ive, -ous, -ful, -less, -able, -ible); a person's name (a vocative:
 * "John, we need you") is left alone. (Shared scheme, skip key `frontedModifiers`.)
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { PRONOUNS } from '../text/english.js'

/** A title-case word with the ending of a participle or an adjective: "United", "Undeterred", "Exhausted". */
const MODIFIER_FORM = /^\p{Lu}\p{Ll}+(?:ed|ing|ive|ous|ful|less|able|ible)$/u
/** Is a word a subject pronoun a fronted modifier may describe ("we", "they"; not "it", which also opens a quote's "it said")? */
const isSubject = (w: string): boolean => w !== 'it' && PRONOUNS.get(w)?.case === 'subject'
const OPENERS = /^["“‘'(\[]$/

/** Is the span a lone fronted modifier: the sentence's first word, then a comma and a subject pronoun? */
export function isFrontedModifier(words: readonly string[], s: { start: number; end: number; type: string }): boolean {
  if (s.type === 'PER' || s.type === 'MISC' || s.end - s.start !== 1) return false
  for (let k = s.start - 1; k >= 0; k--) if (!OPENERS.test(words[k]!)) return false
  return MODIFIER_FORM.test(words[s.start]!) && words[s.end] === ',' && isSubject((words[s.end + 1] ?? '').toLowerCase())
}

/** One sentence's spans with fronted modifiers made MISC. */
export function markFrontedModifiers(words: readonly string[], spans: SentenceSpan[]): SentenceSpan[] {
  for (const s of spans) if (isFrontedModifier(words, s)) s.type = 'MISC'
  return spans
}
