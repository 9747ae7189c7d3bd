/**
 * Persons the model typed as organisations or places, retyped by evidence the document itself gives:
 * - a name whose last word is a person's surname elsewhere in the document ("Esfandiar Rahim Mashaie" typed ORG,
 *   then "Mr. Mashaie" four times as a person);
 * - a title before one word that names a person elsewhere in the document ("General Musharraf" after
 *   "Pervez Musharraf"): the word alone is the person, the title stays outside, as in the training text;
 * - a title before one word the training text never saw ("General Whitcomb");
 * - a name whose first word ends a title opened before it ("Secretary of [State William Burns]");
 * - a given name before a surname written in capitals, as reference texts write leaders ("Mathieu KEREKOU");
 * - a name after a title of nobility ("King Gyanendra", "Saudi King Abdullah"), or of two or more words after a
 *   military rank ("Lieutenant-General Soe Win"); the title, and a nationality before it, stay outside.
 * None of them fires on a name the gazetteer knows as an organisation or place, nor on one holding an
 * organisation's head word ("Mashaie Foundation").
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { CASE_BUCKET, GAZ, type Lexicon } from './lexicon.js'
import { isTitle } from './rules.js'
import { EUROPEAN_NAME_PARTICLES, NAME_PARTICLES, NOBLE_TITLES, RANK_TITLES, TITLE_OPENERS } from '../text/english.js'

const NAME_BITS = (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.REGION) | (1 << GAZ.DEMONYM) | (1 << GAZ.ARMED_GROUP) | (1 << GAZ.ORG)
const NOT_PERSON_WORD = NAME_BITS | (1 << GAZ.ORG_WORD) | (1 << GAZ.FACILITY_WORD) | (1 << GAZ.TITLE)
const PARTICLES = [...NAME_PARTICLES, ...EUROPEAN_NAME_PARTICLES].join('|')
/** A capitalised word, or a name particle alone or joined to a capitalised word ("al-Assad", "de"). */
const NAME_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*|(?:${PARTICLES})(?:-\\p{Lu}[\\p{L}'’-]*)?)$`, 'u')
const CAPS_SURNAME = /^\p{Lu}{3,}(?:-\p{Lu}{2,})*$/u
const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u

/** Words that name a person of the document: one-word persons and the last word of longer ones. */
function personWords(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[]): Set<string> {
  const out = new Set<string>()
  for (const s of spans) {
    if (s.type !== 'PER') continue
    const last = sentences[s.sentence]![s.end - 1]!
    if (last.length > 2 && /^\p{Lu}/u.test(last)) out.add(last)
  }
  return out
}

/** Each word looks like part of a person's name, and no part is a known place or body nor any word an office or body word. */
function personShaped(words: readonly string[], lexicon: Lexicon): boolean {
  return lexicon.matches(words).every(([, , mask]) => (mask & NAME_BITS) === 0) &&
    words.every((w) => NAME_WORD.test(w) && (lexicon.phraseMask([w]) & NOT_PERSON_WORD) === 0)
}

/** "Mathieu KEREKOU": a title-case given name (a word the training text writes capitalised or never saw) and a surname in capitals. */
function capsSurname(words: readonly string[], sentence: readonly string[], lexicon: Lexicon): boolean {
  if (words.length < 2 || words.length > 3 || !CAPS_SURNAME.test(words[words.length - 1]!)) return false
  if (!sentence.some((w) => /^\p{Ll}/u.test(w))) return false // an ALL-CAPS line says nothing
  const given = words.slice(0, -1)
  return given.every((w) => {
    const c = lexicon.caseOf(w.toLowerCase())
    return TITLE_CASE.test(w) && (c === CASE_BUCKET.UNSEEN || c >= CASE_BUCKET.MOSTLY_CAP)
  }) && personShaped(words, lexicon)
}

/**
 * A word the training text never saw: a rare name ("Whitcomb"), not one of the words that follow a title in a
 * company's name, which the training text writes capitalised ("General Motors", "General Electric").
 */
function nameWord(w: string, lexicon: Lexicon): boolean {
  return TITLE_CASE.test(w) && lexicon.caseOf(w.toLowerCase()) === CASE_BUCKET.UNSEEN
}

/**
 * The span's first word ends a title that opens before it: "Assistant Secretary of [State William Burns]". The rest
 * of the span is then the holder's name.
 */
function endsTitle(sentence: readonly string[], start: number, lexicon: Lexicon): boolean {
  for (let from = Math.max(0, start - 3); from < start; from++) {
    if ((lexicon.phraseMask(sentence.slice(from, start + 1)) & (1 << GAZ.TITLE)) !== 0) return true
  }
  return false
}

const PLACE_HEAD = /^(Islands?|Isles?|Sea|Ocean|Peninsula|Valley|Mountains?|Hills|River|Straits?|Gulf|Bay|Lake|Desert|Heights|Causeway|Bridge)$/

/** "Lieutenant-General" → "general"; "Gen." → "gen". */
const titleWord = (w: string) => w.toLowerCase().replace(/\.$/, '').split('-').pop()!

/**
 * Where the holder's name starts after a title of nobility or rank that opens the span, or just before it: "[Saudi]
 * King | Abdullah", "Crown Prince | Naruhito", "Lieutenant-General | Soe Win". A nationality may open the span. A
 * rank needs a name of two or more words (one is left to the rules above: "General Motors").
 */
function afterHighTitle(sentence: readonly string[], start: number, end: number, lexicon: Lexicon): number | undefined {
  let i = start
  while (i < end - 1 && (lexicon.phraseMask([sentence[i]!]) & (1 << GAZ.DEMONYM)) !== 0) i++
  const from = i
  const high = (w: string) => NOBLE_TITLES.has(titleWord(w)) || RANK_TITLES.has(titleWord(w))
  while (i < end - 1 && (TITLE_OPENERS.has(sentence[i]!.toLowerCase()) || isTitle(sentence[i]!, lexicon) || high(sentence[i]!))) i++
  const last = i > from ? titleWord(sentence[i - 1]!) : start > 0 ? titleWord(sentence[start - 1]!) : ''
  if (i === from && (start === 0 || !/^\p{Lu}/u.test(sentence[start - 1]!))) return undefined
  const name = end - i
  if (name < 1 || name > 3 || PLACE_HEAD.test(sentence[end - 1]!)) return undefined
  if (NOBLE_TITLES.has(last) || (RANK_TITLES.has(last) && name >= 2)) return i
  return undefined
}

/** Retype (and for a title, cut) organisation and place spans that the document shows to be persons. */
export function applyPersonEvidence(sentences: ReadonlyArray<readonly string[]>, spans: SentenceSpan[], lexicon: Lexicon,
  skip: ReadonlySet<string> = new Set()): SentenceSpan[] {
  const persons = personWords(sentences, spans)
  return spans.map((s) => {
    if (s.type !== 'ORG' && s.type !== 'LOC') return s
    const sentence = sentences[s.sentence]!
    const words = sentence.slice(s.start, s.end)
    const last = words[words.length - 1]!
    if (!skip.has('personSurname') && words.length >= 2 && words.length <= 4 && persons.has(last) && personShaped(words, lexicon)) {
      return { ...s, type: 'PER', consistency: 'retyped' }
    }
    if (!skip.has('personTitle') && words.length >= 2 && (persons.has(last) || (!skip.has('personTitleName') && nameWord(last, lexicon))) &&
      words.slice(0, -1).every((w) => isTitle(w, lexicon)) && personShaped([last], lexicon)) {
      return { ...s, start: s.end - 1, type: 'PER', consistency: 'retyped' }
    }
    if (!skip.has('personTitleTail') && words.length >= 3 && endsTitle(sentence, s.start, lexicon) && personShaped(words.slice(1), lexicon)) {
      return { ...s, start: s.start + 1, type: 'PER', consistency: 'retyped' }
    }
    if (!skip.has('personCaps') && capsSurname(words, sentence, lexicon)) return { ...s, type: 'PER', consistency: 'retyped' }
    const named = skip.has('personHighTitle') ? undefined : afterHighTitle(sentence, s.start, s.end, lexicon)
    if (named !== undefined && personShaped(sentence.slice(named, s.end), lexicon)) return { ...s, start: named, type: 'PER', consistency: 'retyped' }
    return s
  })
}
