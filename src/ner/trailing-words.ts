/**
 * Common words read onto the end of a name (shared scheme).
 *
 * - The land around a place read into its name: "the [Damascus suburbs]LOC", "the [Aleppo countryside]LOC". A noun
 *   for a place's surroundings (`PLACE_SURROUNDING_NOUNS`: suburbs, outskirts, vicinity, countryside …) is never part
 *   of a name, so it leaves the span when a capitalised word is left before it; the name left is read, and resolved,
 *   as itself ("Damascus"). Other lower-case words stay: the corpora the model learns from annotate "Gaza strip",
 *   "Star magazine", "Supreme Coordination Council alliance" whole, and resolution reads "the Asad regime" as a role.
 * - A people's or language's adjective glued by a hyphen to a lower-case word, as one word before the noun it
 *   modifies: "its [English-language]NORP magazine", "a [Kurdish-majority]NORP town". It names nothing: it becomes MISC,
 *   which no stage resolves into an entity. (Participle compounds such as "-led" and "-held" inside a longer span are
 *   the junk control's, `name-like.ts`.)
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { PLACE_SURROUNDING_NOUNS } from './lists.js'

const LOWER_WORD = /^\p{Ll}+$/u
const CAPITALISED = /^\p{Lu}/u
/** A capitalised word, a hyphen, and a lower-case word of three letters or more: "English-language", "Shiite-majority". */
const COMPOUND_MODIFIER = /^\p{Lu}[\p{L}.'’]*-\p{Ll}{3,}$/u

/** The span without its trailing nouns of a place's surroundings, or undefined when it has none or would keep no capitalised word. */
export function withoutSurroundings(words: readonly string[], s: SentenceSpan): SentenceSpan | undefined {
  let end = s.end
  while (end > s.start && PLACE_SURROUNDING_NOUNS.has(words[end - 1]!)) end--
  if (end === s.end || end === s.start) return undefined
  if (!words.slice(s.start, end).some((w) => CAPITALISED.test(w))) return undefined
  return { ...s, end }
}

/** A one-word compound modifier before the noun it modifies: "[English-language] magazine". */
export function isCompoundModifier(words: readonly string[], s: SentenceSpan): boolean {
  return s.end - s.start === 1 && COMPOUND_MODIFIER.test(words[s.start]!) && LOWER_WORD.test(words[s.end] ?? '')
}

/** One sentence's spans with a place's surroundings cut off and compound modifiers made MISC. */
export function cutTrailingWords(words: readonly string[], spans: readonly SentenceSpan[]): SentenceSpan[] {
  return spans.map((s) => {
    if (s.type === 'MISC') return s
    if (isCompoundModifier(words, s)) return { ...s, type: 'MISC' }
    return withoutSurroundings(words, s) ?? s
  })
}
