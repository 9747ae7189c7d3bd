/**
 * Does a recognised span have a name-like head? Spans that name no actor or
 * place are retyped MISC (which no stage resolves into an entity):
 * measurements ("18,000 square kilometers of territory"), weapons and
 * equipment ("IED"), months and holidays ("Ramadan"), descriptions with a
 * common-noun head ("ISIL-held building", "ISIL tactical unit"), an
 * operation's or exercise's code word read as a person ("Unified Trident",
 * "Passcode 3080897"), a title with its portfolio read as a person
 * ("Minister for Central Asia"), sports events and festivals ("the Turin
 * Winter Olympics"), and an unseen participle before a noun of people
 * ("Noncommissioned officers"). General cues over word classes, not a rule
 * per string.
 * @module
 */
import { CASE_BUCKET, GAZ, type Lexicon } from './lexicon.js'
import { EUROPEAN_NAME_PARTICLES, NAME_PARTICLES, PRONOUNS, TITLES } from '../text/english.js'
import { afterStormWord, EVENT_HEAD_WORDS, CALENDAR_NAMES, HOLIDAY_NAMES, DISEASE_NAMES, RELIGION_NAMES, EQUIPMENT_WORDS, MEASURE_WORDS, NAME_HEAD_NOUNS } from './lists.js'

export interface Span { start: number; end: number; type: string }

const CALENDAR = new Set(CALENDAR_NAMES.map((w) => w.toLowerCase()))
const HOLIDAYS = new Set(HOLIDAY_NAMES.map((w) => w.toLowerCase()))
const EQUIPMENT = new Set(EQUIPMENT_WORDS)
const DISEASES = new Set(DISEASE_NAMES)
const RELIGIONS = new Set(RELIGION_NAMES)
const MEASURE = new Set(MEASURE_WORDS)
const NAME_HEADS = new Set(NAME_HEAD_NOUNS)
const NUMBER = /^[\d][\d,.]*$/
const PARTICIPLE = /-(held|led|controlled|backed|run|occupied|affiliated|linked|allied|based|made|inspired|claimed|style)$/i
const CODE_CUES = new Set(['operation', 'exercise', 'codenamed', 'code-named', 'dubbed', 'passcode', 'password', 'callsign'])
const ACTOR_BITS = (1 << GAZ.ARMED_GROUP) | (1 << GAZ.ORG) | (1 << GAZ.DEMONYM) | (1 << GAZ.COUNTRY)
const PLACE_BITS = (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.REGION)
const TITLE = 1 << GAZ.TITLE
const FIRST_NAME = 1 << GAZ.FIRST_NAME
const DEMONYM = 1 << GAZ.DEMONYM
/** Lower-case words that open names: Arabic and European name particles (shared lexicon) and Arabic article forms ("al Qaeda", "de Mistura"). */
const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...EUROPEAN_NAME_PARTICLES, 'ul', 'bint', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an'])
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u
/** A title-case word with the ending of a participle or an adjective: "Noncommissioned", "Unarmed", "Serving". */
const MODIFIER_FORM = /^\p{Lu}\p{Ll}+(?:ed|ing|ive|ous|ful|less|able|ible)$/u
/** Words of office titles: the shared lexicon's titles and the words that make offices of them ("Senior Advisor", "Special Envoy"). */
const OFFICE_WORDS: ReadonlySet<string> = new Set([...TITLES, 'senior', 'deputy', 'special', 'chief', 'assistant', 'acting', 'principal', 'advisor', 'adviser', 'envoy',
  'spokesperson', 'spokesman', 'spokeswoman', 'coordinator', 'director', 'officer', 'secretary', 'representative', 'ambassador', 'minister',
  'general', 'under', 'vice', 'executive', 'head', 'commissioner', 'counsellor', 'counselor', 'attaché', 'chargé', 'consul'])
/** Plural heads that name people of a kind, never one organisation ("Reserve Airmen", "Local Fighters"). */
const PEOPLE = new Set(['airmen', 'soldiers', 'sailors', 'troops', 'officers', 'personnel', 'fighters', 'members', 'civilians',
  'employees', 'residents', 'citizens', 'volunteers', 'officials', 'militants', 'partners', 'servicemen', 'servicemembers',
  'veterans', 'recruits', 'commanders', 'leaders', 'delegates', 'diplomats', 'journalists', 'students', 'refugees'])

/**
 * One word that names no actor or place of its own: a pronoun written with a capital at the start of a sentence
 * ("We remain committed", "Our condolences"; not "US", which is a country) or a religion ("Islam forbids …").
 * (re3d's own scheme annotates "We" as the speaker's organisation, so the filter is for the shared scheme only.)
 */
export function namesNothing(word: string): boolean {
  return RELIGIONS.has(word) || (/^\p{Lu}?\p{Ll}+$/u.test(word) && PRONOUNS.has(word.toLowerCase()))
}

/** Why a span is no name, or undefined when it is one. */
export function unnamedReason(words: readonly string[], s: Span, lexicon: Lexicon): string | undefined {
  const phrase = words.slice(s.start, s.end)
  const last = phrase[phrase.length - 1]!
  const lower = phrase.map((w) => w.toLowerCase())
  if (phrase.some((w) => MEASURE.has(w.toLowerCase())) && phrase.some((w) => NUMBER.test(w))) return 'measurement'
  // a unit after its number: "7115 Khz", "500 MW"
  if (phrase.length === 1 && MEASURE.has(lower[0]!) && NUMBER.test(words[s.start - 1] ?? '')) return 'measurement'
  // months double as given names ("Theresa May", "April"): persons are left to the person cues below; holidays do not
  if ((s.type !== 'PER' && CALENDAR.has(lower.join(' '))) || HOLIDAYS.has(lower.join(' '))) return 'date'
  // a storm is named by the word before it or with it: "Hurricane [Katrina]", "[Cyclone Nargis]"
  if (afterStormWord(words, s.start) || (phrase.length === 2 && afterStormWord(phrase, 1))) return 'storm'
  // a named day is a date, whether the span holds "Day" or stops before it ("Republic Day", "Unity Day")
  if (s.type !== 'PER' && (last === 'Day' || words[s.end] === 'Day')) return 'date'
  // a sports event or a festival: "Australia's [Hardcourt Championships]", "the [Asian Games]"
  if (s.type !== 'PER' && phrase.length > 1 && EVENT_HEAD_WORDS.has(last)) return 'event'
  if (EQUIPMENT.has(last) || (phrase.length === 1 && EQUIPMENT.has(phrase[0]!.replace(/s$/, '')))) return 'equipment'
  if (phrase.length === 1 && DISEASES.has(phrase[0]!)) return 'disease'
  if (phrase.length === 1 && namesNothing(phrase[0]!)) return 'pronoun or creed'
  // "ISIL-held building", "the U.S.-led coalition": a participle compound modifies a noun, it names nothing
  // (only before a common-noun head: "Minneapolis-based First Bank System Inc." is a name)
  if ((LOWER_WORD.test(last) && phrase.some((w, i) => PARTICIPLE.test(w) || (w === '-' && PARTICIPLE.test(`-${phrase[i + 1] ?? ''}`)))) ||
    (/-$/.test(last) && LOWER_WORD.test(words[s.end] ?? ''))) return 'description'
  // titles in the plural that the training text writes in lower case ("Ministers"; not the team "Cardinals")
  const single = phrase.length === 1 ? phrase[0]! : ''
  if (/s$/.test(single) && (lexicon.phraseMask([single.slice(0, -1)]) & TITLE) !== 0 &&
    lexicon.caseOf(single.toLowerCase()) <= CASE_BUCKET.MOSTLY_LOWER && lexicon.caseOf(single.toLowerCase()) !== CASE_BUCKET.UNSEEN) return 'title'
  if (LOWER_WORD.test(last) && !NAME_HEADS.has(last) && describesActor(phrase, lexicon)) return 'description'
  // a span opening with a lower-case word other than a name particle was cut in the wrong place ("to Ambassador X")
  if (LOWER_WORD.test(phrase[0]!) && !PARTICLES.has(lower[0]!) && phrase.length > 1) return 'cut'
  // a nationality adjective before a common noun modifies it: "Local Arab fighters", "alumni of British universities"
  const next = words[s.end] ?? ''
  if (phrase.length > 1 && (lexicon.phraseMask([last]) & DEMONYM) !== 0 && (lexicon.phraseMask(phrase) & (ACTOR_BITS | PLACE_BITS)) === 0 &&
    LOWER_WORD.test(next) && !NAME_HEADS.has(next)) return 'description'
  const group = groupReason(words, s, lexicon)
  if (group !== undefined) return group
  // "the Council said", "the Department's work": a body's generic head alone refers back to a body named in full
  // (or by the outlet) and names none by itself
  if (s.type !== 'PER' && phrase.length === 1 && BARE_HEADS.has(lower[0]!) && /^\p{Lu}\p{Ll}/u.test(single) && /^the$/i.test(words[s.start - 1] ?? '')) return 'bare head'
  // the rest of a title the model cut off: "Secretary of [State] Condoleezza Rice", "Minister of [Defence]"
  if (s.start >= 2 && words[s.start - 1] === 'of' && (lexicon.phraseMask(words.slice(s.start - 2, s.end)) & TITLE) !== 0) return 'title'
  if (s.type === 'PER') return personReason(words, s, lexicon)
  return undefined
}

/** Generic heads of bodies (not of forces or coalitions, which news name by the bare word: "the Coalition"). */
const BARE_HEADS = new Set(['council', 'committee', 'ministry', 'agency', 'bureau', 'department', 'office', 'commission', 'court', 'authority',
  'tribunal', 'board', 'directorate', 'secretariat', 'assembly'])

/** A title word ("Capt.", "General", "Secretaries"), in the singular or the plural. */
function isTitleWord(w: string, lexicon: Lexicon): boolean {
  if ((lexicon.phraseMask([w]) & TITLE) !== 0) return true
  return /[a-z]s$/.test(w) && ((lexicon.phraseMask([w.slice(0, -1)]) | lexicon.phraseMask([w.replace(/ies$/, 'y')])) & TITLE) !== 0
}

/**
 * Spans that name a kind of people, not an actor: a title read as an organisation before the name it belongs to
 * ("Navy Capt. Jeff Davis", "U.S. Army General Joseph Votel") or holders of a title in the plural ("Foreign, Home and
 * Defence Secretaries"); a body of people by a plural head ("Reserve Airmen", "Ninety-Four Citizen Airmen"); and a
 * common word capitalised only because it opens the sentence ("Soldiers from the 3rd Battalion…", "United, we…"), or
 * one the training text never wrote, before the noun of people it modifies ("Noncommissioned officers from each unit").
 */
function groupReason(words: readonly string[], s: Span, lexicon: Lexicon): string | undefined {
  const phrase = words.slice(s.start, s.end)
  const last = phrase[phrase.length - 1]!
  const known = (lexicon.phraseMask(phrase) & (ACTOR_BITS | PLACE_BITS)) !== 0
  if (known) return undefined
  if (isTitleWord(last, lexicon)) {
    const next = words[s.end] ?? ''
    const plural = /[a-z]s$/.test(last) && (lexicon.phraseMask([last]) & TITLE) === 0
    if (s.type !== 'PER' && /^\p{Lu}/u.test(next)) return 'title'
    if (plural && lexicon.caseOf(last.toLowerCase()) !== CASE_BUCKET.CAP) return 'title'
  }
  if (PEOPLE.has(last.toLowerCase()) && s.type !== 'PER') return 'people'
  if (phrase.length === 1 && startsSentence(words, s.start) && (lexicon.phraseMask(phrase) | lexicon.phraseMask([last.toLowerCase()])) === 0) {
    const c = lexicon.caseOf(last.toLowerCase())
    if (c === CASE_BUCKET.LOWER || c === CASE_BUCKET.MOSTLY_LOWER) return 'common word'
    // a title-case participle or adjective the training text never wrote, before a noun of people it modifies:
    // "Noncommissioned officers …" (not an acronym, "UES officials", nor a name: "Council members", "Kadima members")
    const next = words[s.end] ?? ''
    if (c === CASE_BUCKET.UNSEEN && s.type !== 'PER' && MODIFIER_FORM.test(last) && PEOPLE.has(next)) return 'people'
  }
  return undefined
}

/** Is a word the first of its sentence (after any opening quotes or brackets)? */
function startsSentence(words: readonly string[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && /^["“‘'(\[]$/.test(words[k]!)) k--
  return k < 0
}

/** A known actor or acronym followed only by lower-case words: "ISIL tactical unit". */
function describesActor(phrase: readonly string[], lexicon: Lexicon): boolean {
  const firstLower = phrase.findIndex((w) => LOWER_WORD.test(w))
  if (firstLower <= 0 || !phrase.slice(firstLower).every((w) => LOWER_WORD.test(w))) return false
  const named = phrase.slice(0, firstLower)
  return (lexicon.phraseMask(named) & ACTOR_BITS) !== 0 || (named.length === 1 && /^[A-Z]{2,6}$/.test(named[0]!))
}

function personReason(words: readonly string[], s: Span, lexicon: Lexicon): string | undefined {
  const phrase = words.slice(s.start, s.end)
  // a "person" of title words only names an office, not its holder: "Senior Advisor", "Deputy Special Envoy"
  if (phrase.every((w) => isTitleWord(w, lexicon) || OFFICE_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) return 'title'
  // (a capitalised word: the lexicon also marks "the" as a given name)
  const hasFirstName = phrase.some((w) => /^\p{Lu}/u.test(w) && (lexicon.phraseMask([w]) & (FIRST_NAME | TITLE)) === FIRST_NAME)
  const titled = (lexicon.phraseMask([words[s.start - 1] ?? '']) & TITLE) !== 0
  // a title with its portfolio: "Minister for Central Asia", "Secretary of State for the Middle East"
  const prep = phrase.findIndex((w) => w === 'for' || w === 'of')
  if ((lexicon.phraseMask([phrase[0]!]) & TITLE) !== 0 && prep > 0 && !hasFirstName) {
    const tail = phrase.slice(prep + 1).filter((w) => w !== 'the')
    if (tail.length > 0 && (lexicon.phraseMask(tail) & PLACE_BITS) !== 0) return 'title'
  }
  // an office phrase: office words, then "to" / "for" / "of" ("Special Advisor to Ambassador X for Religious Minorities")
  const link = phrase.findIndex((w) => w === 'to' || w === 'for' || w === 'of')
  // (unless it ends in what looks like a surname: a word the training text always capitalises or never saw, not a place)
  const end = phrase[phrase.length - 1]!
  const endCase = lexicon.caseOf(end.toLowerCase())
  const placeEnd = [1, 2, 3].some((n) => n < phrase.length && (lexicon.phraseMask(phrase.slice(-n)) & PLACE_BITS) !== 0)
  const surnameEnd = (endCase === CASE_BUCKET.UNSEEN || endCase === CASE_BUCKET.CAP) && !placeEnd
  if (link > 0 && !hasFirstName && !surnameEnd && phrase.slice(0, link).every((w) => isTitleWord(w, lexicon) || OFFICE_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) return 'title'
  if (hasFirstName || titled) return undefined
  // a code word: in quotes, before a long number ("Passcode 3080897"), or after a cue word within the clause
  const before = words[s.start - 1] ?? ''
  const after = words[s.end] ?? ''
  if (/^["“‘']$/.test(before) && /^["”’']$/.test(after)) return 'code word'
  if (/^\d{4,}$/.test(after)) return 'code word'
  for (let i = s.start - 1; i >= Math.max(0, s.start - 6); i--) {
    const w = words[i]!.toLowerCase()
    if (w === 'by' || w === 'with' || w === 'said' || w === '.') break
    if (CODE_CUES.has(w)) return 'code word'
  }
  return undefined
}
