/**
 * A body's distinctive last word used alone, as a person's surname is: "Royal Dutch Shell says … Shell says" (the
 * model reads the lone "Shell" by its shape as a surname). Within one document, a one-word person span whose word
 * ends the one longer organisation name of the document named before it takes that name's type, and so do the
 * word's other one-word mentions. The long form must be a body by what it holds, not by the model's reading alone,
 * since the model also types persons as bodies ("[Konstantinos Kenteris]ORG … Kenteris"):
 * - every word capitalised, none a title or a given name the training text knows ("Expediency Council Chairman
 *   Akbar Hashemi Rafsanjani"), and not opened by a place or a people ("Pakistani X": a state's body is not the
 *   bare name's);
 * - one word before the last marks a body: a people ("Royal Dutch Shell"), an organisation's head word ("X Oil
 *   Corporation"), or a word the training text mostly writes in lower case ("General Dynamics"… but not a title);
 *   or the gazetteer knows the whole name as a body.
 * The lone word must look like the short form only: title-case, no plural (a kind of member: "Rangers"), no kind of
 * body ("Coalition", `BODY_KIND_NOUNS`), no known place, people, title or given name; and nothing in the document
 * reads it as a person: never after an honorific or title ("Mr. Shell"), never the surname of a longer person span.
 * Persons named in full the other way round ("[Esfandiar Mashaie]ORG … Mr. Mashaie") are person evidence's
 * (person-evidence.ts `personSurname`), which runs first.
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { CASE_BUCKET, GAZ, type Lexicon } from './lexicon.js'
import { BODY_KIND_NOUNS, TITLES } from '../text/english.js'

const PLACE_PEOPLE = (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.REGION) | (1 << GAZ.DEMONYM)
const PERSONAL = (1 << GAZ.TITLE) | (1 << GAZ.FIRST_NAME)
const BODY_WORD = (1 << GAZ.ORG_WORD) | (1 << GAZ.DEMONYM)
const KNOWN_BODY = (1 << GAZ.ORG) | (1 << GAZ.ARMED_GROUP)
const LONE_WORD = /^\p{Lu}\p{Ll}{2,}$/u
const CAPITALISED = /^[\p{Lu}\d]/u
const COMPASS = /^(north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|new|old)$/i

/** A word the training text mostly writes in lower case: a common noun or adjective, no part of a person's name. */
function commonWord(w: string, lexicon: Lexicon): boolean {
  const c = lexicon.caseOf(w.toLowerCase())
  return c === CASE_BUCKET.LOWER || c === CASE_BUCKET.MOSTLY_LOWER
}

/** The lower-cased last word by which this ORG name may be named alone, or undefined when its words do not say it is a body. */
function bodyLastWord(words: readonly string[], lexicon: Lexicon): string | undefined {
  if (words.length < 2 || words.length > 5 || !words.every((w) => CAPITALISED.test(w))) return undefined
  const last = words[words.length - 1]!
  if (!LONE_WORD.test(last) || !loneWordAllowed(last, lexicon)) return undefined
  const rest = words.slice(0, -1)
  if (COMPASS.test(rest[0]!) || (lexicon.phraseMask([rest[0]!]) & PLACE_PEOPLE & ~(1 << GAZ.DEMONYM)) !== 0) return undefined
  if ((lexicon.phraseMask(rest) & PLACE_PEOPLE) !== 0 || rest.some((w) => (lexicon.phraseMask([w]) & PERSONAL) !== 0 || TITLES.has(w.toLowerCase().replace(/\.$/, '')))) return undefined
  // "Pakistani Taliban": a people opening the name makes it that people's body, not the bare name's
  if ((lexicon.phraseMask([rest[0]!]) & (1 << GAZ.DEMONYM)) !== 0 && rest.length === 1) return undefined
  const marked = (lexicon.phraseMask(words) & KNOWN_BODY) !== 0 ||
    rest.some((w) => (lexicon.phraseMask([w]) & BODY_WORD) !== 0 || commonWord(w, lexicon))
  return marked ? last.toLowerCase() : undefined
}

/** The lone word may be a body's short form: no plural, no kind of body, no known place, people, title or given name. */
function loneWordAllowed(w: string, lexicon: Lexicon): boolean {
  const lower = w.toLowerCase()
  return !/[^s]s$/.test(w) && !BODY_KIND_NOUNS.has(lower) && !TITLES.has(lower) &&
    (lexicon.phraseMask([w]) & (PLACE_PEOPLE | PERSONAL | KNOWN_BODY | (1 << GAZ.ORG_WORD))) === 0
}

/** Words the document reads as a person's: after an honorific or title, or ending a longer person span. */
function personWords(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon): Set<string> {
  const out = new Set<string>()
  for (const s of spans) {
    const words = sentences[s.sentence]!
    if (s.type === 'PER' && s.end - s.start >= 2) out.add(words[s.end - 1]!.toLowerCase())
    const before = (words[s.start - 1] ?? '').replace(/\.$/, '')
    if (s.end - s.start === 1 && (TITLES.has(before.toLowerCase()) || (CAPITALISED.test(before) && (lexicon.phraseMask([before]) & (1 << GAZ.TITLE)) !== 0))) {
      out.add(words[s.start]!.toLowerCase())
    }
  }
  return out
}

/** Retype the one-word person spans that are the short form of the document's one body name ending with that word. */
export function typeShortForms(sentences: ReadonlyArray<readonly string[]>, spans: SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  // the body names by last word: the distinct names and where the first one starts
  const bodies = new Map<string, { names: Set<string>; first: SentenceSpan }>()
  for (const s of spans) {
    if (s.type !== 'ORG') continue
    const words = sentences[s.sentence]!.slice(s.start, s.end)
    const w = bodyLastWord(words, lexicon)
    if (w === undefined) continue
    const seen = bodies.get(w)
    if (seen) seen.names.add(words.join(' '))
    else bodies.set(w, { names: new Set([words.join(' ')]), first: s })
  }
  // every ORG name ending in the word counts, body-marked or not ("Tony Shell" typed ORG would make it two)
  for (const s of spans) {
    if (s.type !== 'ORG' || s.end - s.start < 2) continue
    const words = sentences[s.sentence]!.slice(s.start, s.end)
    bodies.get(words[words.length - 1]!.toLowerCase())?.names.add(words.join(' '))
  }
  if (bodies.size === 0) return spans
  const persons = personWords(sentences, spans, lexicon)
  const after = (a: SentenceSpan, b: SentenceSpan) => a.sentence > b.sentence || (a.sentence === b.sentence && a.start >= b.end)
  const retype = new Set<string>()
  for (const s of spans) {
    if (s.type !== 'PER' || s.end - s.start !== 1) continue
    const word = sentences[s.sentence]![s.start]!
    const body = bodies.get(word.toLowerCase())
    if (body && body.names.size === 1 && LONE_WORD.test(word) && !persons.has(word.toLowerCase()) && after(s, body.first)) retype.add(word)
  }
  if (retype.size === 0) return spans
  return spans.map((s) => (s.type === 'PER' && s.end - s.start === 1 && retype.has(sentences[s.sentence]![s.start]!) ? { ...s, type: 'ORG', consistency: 'retyped' } : s))
}
