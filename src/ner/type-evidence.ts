/**
 * Names retyped by the noun the text puts right beside them, then through the whole document (shared scheme):
 * - after a modified group noun, an organisation: "the international aid organization [Oxfam]", "the rebel group
 *   [X]" (a bare "the group" is left alone: "told the group Smith would come");
 * - after a person's office or rank written in lower case, a person: "former vice president [Sudharmono]";
 * - after a place noun and "of", a place: "the citizens of [Curacao]", "the island of [X]";
 * - before a lower-case unit of territory, a place: "the [Bayelsa] state parliament", "[Kunar] province" (or a
 *   capitalised one the model left outside the name, before a lower-case word: "[Bayelsa] State government officials").
 * - after a people's adjective and "and" / "or", before a lower-case word, a people: "Kurdish and [Yezidi] fighters";
 * - after a one-word place name that the gazetteer knows as a town or region (not a country, people or body) and
 *   "and" / "or", a place: "Aleppo
 *   and [Daraya]", "the Udhampur and [Poonch] districts";
 * - beside a lower-case particle that only links a person's names, a person: "[QABOOS] bin Said", "Daniel arap [MOI]",
 *   "Hamad bin [Khalifa]" (a name in capitals is read by its shape as an acronym, an organisation).
 * The model reads such names by their own shape ("Oxfam" looks like a surname) and document consistency then
 * spreads its type; a noun beside the name is stronger evidence. A name that gets two different types this way keeps
 * the model's. Only one- to three-word names, never a name the gazetteer knows as an organisation or a place.
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { GAZ, type Lexicon } from './lexicon.js'
import type { NerType } from './tags.js'
import { PLACE_OF_NOUNS, PLACE_UNIT_NOUNS } from './lists.js'
import { BE_FORMS, DETERMINERS, GROUP_NOUNS, PERSON_ROLE_NOUNS, PREPOSITIONS } from '../text/english.js'

const KNOWN_BITS = (1 << GAZ.ARMED_GROUP) | (1 << GAZ.ORG) | (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.REGION) | (1 << GAZ.DEMONYM)
const LOWER = /^\p{Ll}+$/u
/** What follows "state" when it is not a unit of territory: "a state visit", "state media", "state-run". */
const STATE_USES = new Set(['visit', 'visits', 'media', 'television', 'radio', 'news', 'agency', 'broadcaster', 'department', 'secretary',
  'funeral', 'dinner', 'banquet', 'oil', 'gas', 'company', 'firm', 'monopoly', 'owned', 'run', 'controlled'])
/** Office words that are also adjectives before any noun: "a major Exxon refinery", "the chief Reuters correspondent". */
const ADJECTIVE_OFFICES = new Set(['major', 'general', 'chief'])
/** Words a person's name never holds: an organisation's or a facility's head word ("Exxon Corp", "Oxfam House"). */
const NOT_PERSON_BITS = (1 << GAZ.ORG_WORD) | (1 << GAZ.FACILITY_WORD)

/** The sub-rules, each switchable for measuring (`skipRules`). */
export const TYPE_EVIDENCE_RULES = ['groupNounName', 'roleNounName', 'placeOfName', 'placeUnitName', 'particleName', 'demonymPair', 'placePair', 'longPersonNames', 'placeApposition', 'knownPlaceEvidence', 'officePredicate'] as const
/** A word the gazetteer knows as a town or region only (no country, people or body of that name). */
const PLACE_BITS = (1 << GAZ.CITY) | (1 << GAZ.REGION)
const NONE: ReadonlySet<number> = new Set()
const isTownOnly = (mask: number) => (mask & PLACE_BITS) !== 0 && (mask & (KNOWN_BITS & ~PLACE_BITS)) === 0
/** Place nouns a name stands in apposition to after a comma ("the capital, Kabul,"). */
const APPOSED_PLACE_NOUNS: ReadonlySet<string> = new Set(['capital', 'city', 'town', 'village', 'province', 'region', 'district', 'port'])
/** Lower-case particles that join a person's names ("son of", Kalenjin "arap", Mauritanian "ould"), never a body's. */
const PERSON_PARTICLES = new Set(['bin', 'ibn', 'bint', 'binti', 'arap', 'ould'])

/** Articles that open a predicate naming what someone is ("was a …", "is the former …"). */
const ARTICLES = new Set(['a', 'an', 'the'])
/** Words after a noun phrase's head: a preposition, a relative pronoun or a conjunction ("a minister who …"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'who', 'whose', 'that', 'and', 'or', 'but'])

/**
 * "[Asghari] was a deputy defense minister", "[X] is the leader of …": a name whose predicate is a person's office, the
 * head of a lower-case noun phrase (up to four words; "a major oil producer" is headed by "producer").
 */
function officePredicate(sentence: readonly string[], end: number): boolean {
  const link = sentence[end] ?? ''
  // only a verb says it: after a comma the office may open the next clause ("in [Grozny], the commander of … said")
  if (!BE_FORMS.has(link) || link === "'s") return false
  if (!ARTICLES.has((sentence[end + 1] ?? '').toLowerCase())) return false
  let k = end + 2
  while (k < end + 6 && LOWER.test(sentence[k] ?? '') && !PHRASE_ENDS.has(sentence[k]!)) k++
  // the phrase's last word is its head unless another lower-case noun follows ("a chief oil producer")
  const closed = !LOWER.test(sentence[k] ?? '.') || PHRASE_ENDS.has(sentence[k]!)
  return k > end + 2 && closed && PERSON_ROLE_NOUNS.has(sentence[k - 1]!) && !ADJECTIVE_OFFICES.has(sentence[k - 1]!)
}

/** The type the words around one span give it, if any. */
function typeBeside(sentence: readonly string[], s: SentenceSpan, lexicon: Lexicon, skip: ReadonlySet<string>, placeEnds: ReadonlySet<number>): NerType | undefined {
  const before = sentence[s.start - 1] ?? ''
  const before2 = (sentence[s.start - 2] ?? '').toLowerCase()
  if (!skip.has('groupNounName') && s.type !== 'ORG' && LOWER.test(before) && GROUP_NOUNS.has(before) && LOWER.test(before2) &&
    !DETERMINERS.has(before2)) return 'ORG'
  if (!skip.has('roleNounName') && s.type !== 'PER' && LOWER.test(before) && PERSON_ROLE_NOUNS.has(before) && !ADJECTIVE_OFFICES.has(before) &&
    sentence.slice(s.start, s.end).every((w) => (lexicon.phraseMask([w]) & NOT_PERSON_BITS) === 0)) return 'PER'
  if (!skip.has('officePredicate') && s.type !== 'PER' && officePredicate(sentence, s.end)) return 'PER'
  if (!skip.has('placeOfName') && s.type !== 'LOC' && before === 'of' && PLACE_OF_NOUNS.has(sentence[s.start - 2] ?? '')) return 'LOC'
  // "the capital, [Kathmandu], late Friday": a name in apposition to a lower-case place noun, closed by punctuation
  // (not "in the region, [Hamas] said"), the noun not the head of a name ("Kandahar province, [Asadullah Khalid],")
  if (!skip.has('placeApposition') && s.type !== 'LOC' && before === ',' && APPOSED_PLACE_NOUNS.has(before2) &&
    !/^\p{Lu}/u.test(sentence[s.start - 3] ?? '') && /^[,.;]$/.test(sentence[s.end] ?? '.')) return 'LOC'
  if (!skip.has('particleName') && s.type !== 'PER' && (PERSON_PARTICLES.has(before) ||
    (PERSON_PARTICLES.has(sentence[s.end] ?? '') && /^\p{Lu}/u.test(sentence[s.end + 1] ?? '')))) return 'PER'
  // "Kurdish and [Yezidi] fighters": joined to a people's adjective before a common noun, a people too
  if (!skip.has('demonymPair') && s.end - s.start === 1 && (before === 'and' || before === 'or') && LOWER.test(sentence[s.end] ?? '') &&
    (lexicon.phraseMask([sentence[s.start - 2] ?? '']) & (1 << GAZ.DEMONYM)) !== 0) return 'NORP'
  // "attacks on Aleppo and [Daraya]": joined to a one-word place the model found and the gazetteer knows as a town or
  // region (not a country: "Israel and Arafat"; not a person or club named like a town: "Dole and Gingrich"), a place
  if (!skip.has('placePair') && s.type !== 'LOC' && s.end - s.start === 1 && (before === 'and' || before === 'or') &&
    placeEnds.has(s.start - 1) && isTownOnly(lexicon.phraseMask([sentence[s.start - 2] ?? '']))) return 'LOC'
  // "Bayelsa State government officials": a capitalised unit outside the name, with a lower-case noun after it
  const next = sentence[s.end + 1] ?? ''
  const after = /^\p{Lu}\p{Ll}+$/u.test(sentence[s.end] ?? '') && LOWER.test(next) ? sentence[s.end]!.toLowerCase() : sentence[s.end] ?? ''
  if (!skip.has('placeUnitName') && s.type !== 'LOC' && PLACE_UNIT_NOUNS.has(after) &&
    !(after === 'state' && (STATE_USES.has(next) || /^-/.test(next)))) return 'LOC'
  return undefined
}

/** Retype every PER / ORG / LOC span of a name that a noun beside one of its mentions types otherwise. */
export function applyTypeEvidence(sentences: ReadonlyArray<readonly string[]>, spans: SentenceSpan[], lexicon: Lexicon,
  skip: ReadonlySet<string> = new Set()): SentenceSpan[] {
  const surface = (s: SentenceSpan) => sentences[s.sentence]!.slice(s.start, s.end).join(' ')
  const typeOf = new Map<string, NerType | null>()
  // where the model's one-word place names end, per sentence ("Aleppo" of "Aleppo and Daraya"; not "Dole and Gingrich")
  const placeEnds = new Map<number, Set<number>>()
  for (const s of spans) if (s.type === 'LOC' && s.end - s.start === 1) placeEnds.set(s.sentence, (placeEnds.get(s.sentence) ?? new Set()).add(s.end))
  for (const s of spans) {
    if ((s.type !== 'PER' && s.type !== 'ORG' && s.type !== 'LOC') || s.end - s.start > 4) continue
    const words = sentences[s.sentence]!.slice(s.start, s.end)
    const mask = lexicon.phraseMask(words)
    // a name the gazetteer knows keeps the model's type, but a town or region the text itself calls a place is one
    // ("the war-torn [Darfur]ORG region", "the central city of [Jos]PER"); a country typed ORG may stand for its
    // government, so it stays
    const knownPlace = (mask & KNOWN_BITS) !== 0 && !skip.has('knownPlaceEvidence') && isTownOnly(mask)
    if ((mask & KNOWN_BITS) !== 0 && !knownPlace) continue
    const t = typeBeside(sentences[s.sentence]!, s, lexicon, skip, placeEnds.get(s.sentence) ?? NONE)
    if (knownPlace && t !== 'LOC') continue
    // a name of four words only by an office before it ("opposition leader [Aung San Suu Kyi]"): persons' names run
    // longer than bodies' and places' the other rules read
    if (t === undefined || (s.end - s.start > 3 && (t !== 'PER' || skip.has('longPersonNames')))) continue
    const key = surface(s)
    const seen = typeOf.get(key)
    typeOf.set(key, seen === undefined || seen === t ? t : null)
  }
  if (typeOf.size === 0) return spans
  return spans.map((s) => {
    const t = s.type === 'PER' || s.type === 'ORG' || s.type === 'LOC' ? typeOf.get(surface(s)) : undefined
    return t && t !== s.type ? { ...s, type: t, consistency: 'retyped' } : s
  })
}
