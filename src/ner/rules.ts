/**
 * Gazetteer rules applied to the model's spans before document consistency.
 * They fix what the training data cannot teach: curated names the corpora
 * barely contain ("IS" for Islamic State, "Breitbart Jerusalem"), and
 * headline coordination ("Islamic State and Hamas").
 * @module
 */
import { unnamedReason } from './name-like.js'
import type { SentenceSpan } from './consistency.js'
import { CASE_BUCKET, GAZ, type Lexicon } from './lexicon.js'
import { DEMONYMS, FACILITY_WORDS, PLATFORM_NAMES, SHIP_PREFIXES, UNIT_WORDS, US_STATES } from './lists.js'

const ORG_BITS = (1 << GAZ.ARMED_GROUP) | (1 << GAZ.ORG)
const PLACE_BITS = (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.REGION)
const NAME_BITS = ORG_BITS | PLACE_BITS | (1 << GAZ.DEMONYM)
const FACILITY = new Set(FACILITY_WORDS)
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/
const PLATFORMS = new Set(PLATFORM_NAMES)
const ROAD = /^(highway|road|motorway|route|expressway)$/i
const DEMONYM = 1 << GAZ.DEMONYM
/** The curated nationalities and creeds as listed now: the shipped model's lexicon was baked from an older list. */
const DEMONYM_WORDS: ReadonlySet<string> = new Set(DEMONYMS)
const SHIP_PREFIX = new Set(SHIP_PREFIXES)
const UNIT = new Set(UNIT_WORDS)
/** Task-force acronyms that a number completes: "CTF 50", "JTF 2", "CTG 50.1". */
const TASK_FORCE = /^[A-Z]{0,3}T[FG]$/
const ORDINAL = /^\d{1,3}(st|nd|rd|th)$/
const CAPITALISED = /^\p{Lu}/u
/** Capitalised function words that open a sentence or a phrase, never a name. */
export const OPENING_WORD = /^(The|A|An|In|On|At|Of|For|To|From|By|With|And|But|As|If|This|That|These|Those|Its|Their|Our|His|Her)$/
const COUNTRY_BITS = 1 << GAZ.COUNTRY
/** The gazetteer rules by name, so that each can be switched off to measure what it does (`skip`). */
export const GAZETTEER_RULES = ['coordination', 'curatedOrg', 'region', 'demonym', 'weapon', 'facilityPlace', 'brackets', 'vessels',
  'formations', 'acronymPerson', 'titleFirstName', 'dateline', 'addCuratedOrgs', 'countryName', 'pluralPeople', 'titleName',
  'compassPeople', 'placeHead', 'placeOpener', 'honorific', 'peopleWords', 'mediaName', 'articleTail', 'acronymTail', 'missedDemonym'] as const
export type GazetteerRule = typeof GAZETTEER_RULES[number]
const NO_RULE_SKIPPED: ReadonlySet<GazetteerRule> = new Set()

/** Words for news outlets, which a name right after names ("the newspaper Tal Cual", "the daily Haaretz"). */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'newspapers', 'magazine', 'daily', 'weekly', 'tabloid', 'broadcaster', 'channel',
  'agency', 'website', 'newsweekly', 'periodical', 'journal'])

/** An acronym as one bracketed after a name: "(NAVCENT)", "(CJTF-OIR)". */
const BRACKETED_ACRONYM = /^[A-Z][A-Z0-9&-]{1,9}$/
/** A military model designator: "F-16", "MQ-9", "Su-24", "C-130J", "AH-64s" ("G-7" and "G-20" are groups of states). */
export const DESIGNATOR = /^(?!G-)[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?s?$/

/**
 * @param words token strings of one sentence
 * @param spans the model's spans in this sentence (sorted, non-overlapping)
 * @param allCaps whether the sentence is written in capitals (acronym evidence means nothing there)
 * @param matches longest gazetteer match per start, when the caller already has them
 */
export function applyGazetteerRules(words: readonly string[], sentence: number, spans: SentenceSpan[], lexicon: Lexicon, allCaps: boolean,
  matches: ReadonlyArray<readonly [number, number, number]> = lexicon.matches(words), skip: ReadonlySet<GazetteerRule> = NO_RULE_SKIPPED): SentenceSpan[] {
  const on = (r: GazetteerRule) => !skip.has(r)
  let out: SentenceSpan[] = []
  for (const s of spans) {
    // 1. headline coordination: "Islamic State and Hamas" → two names when both sides are known names
    const parts = on('coordination') ? splitCoordination(words, s, lexicon) : [s]
    out.push(...parts)
  }
  // 1b. an Arabic name goes on over its article word: "Fatah al-Islam", "Faraj al-Haidari" (the model stops before
  //     "al-"); before the curated names are read, so that they see the whole name
  if (on('articleTail')) out = out.map((s) => extendOverArticle(words, s, out))
  // 1c. an organisation cut before "in" / "of" and a place goes on over them when the sentence writes the acronym of
  //     the whole name: "the Organization for Security and Cooperation | in Europe (OSCE)"
  if (on('acronymTail') && !allCaps) out = extendByAcronym(words, out)
  for (const s of out) {
    const phrase = words.slice(s.start, s.end)
    const mask = lexicon.phraseMask(phrase)
    // 2. a curated organisation name that is not also a place is an organisation, also when one word of it
    //    is spelled one letter off ("Wilyat Sinai")
    const orgMask = mask !== 0 ? mask : lexicon.fuzzyPhraseMask(phrase) & ORG_BITS
    if (on('curatedOrg') && s.type !== 'ORG' && (orgMask & ORG_BITS) !== 0 && (orgMask & PLACE_BITS) === 0) s.type = 'ORG'
    // 2b. a curated multi-word region is a place ("Sinai Peninsula", "West Bank"); countries and cities are left to
    //     the model, since "New Zealand" fields a team (ORG) in sports news
    if (on('region') && s.type !== 'LOC' && s.end - s.start >= 2 && (mask & (1 << GAZ.REGION)) !== 0 && (mask & ORG_BITS) === 0) s.type = 'LOC'
    // 2c. a one-word curated nationality or creed that names no place or organisation qualifies a group:
    //     "the Salafi organization", "Sunni tribes" (the model reads rare ones as places)
    //     A plural is a group of people, though ("Syrians"), which stays with the model. Read as a person, it is one
    //     only when no lower-case noun follows ("Abkhaz officials" is the people's adjective).
    if (on('demonym') && (s.type === 'LOC' || s.type === 'ORG' || (s.type === 'PER' && /^\p{Ll}/u.test(words[s.end] ?? ''))) && s.end - s.start === 1 &&
      isDemonymWord(phrase[0]!, lexicon) && (mask & (ORG_BITS | PLACE_BITS)) === 0 &&
      !isPluralDemonym(phrase[0]!, lexicon)) s.type = 'NORP'
    // 2c'. a people in the plural is a group of people, never a place or one person ("rioting Azeris", "Peruvians
    //      living abroad", "Malays" read as a person); read as a body, it stays with the model (2c)
    if (on('pluralPeople') && (s.type === 'LOC' || s.type === 'PER') && s.end - s.start === 1 && (mask & PLACE_BITS) === 0 && isPluralDemonym(phrase[0]!, lexicon)) s.type = 'NORP'
    // 2d. a weapon or platform is no actor and no place: a model designator in the name ("F-16 Fighting Falcon",
    //     "MQ-9 Reaper"; not on ALL-CAPS lines, where "IN U-21" is a youth team) or a platform name at its end ("RAF Tornado")
    //     A designator before a road or facility word names a place: "the M-4 highway", "the H-3 airbase".
    const last = phrase[phrase.length - 1]!
    if (on('weapon') && s.type !== 'NORP' && s.type !== 'MISC' && (PLATFORMS.has(last) ||
        (!allCaps && phrase.some((w) => DESIGNATOR.test(w)) && !isSiteWord(last) && !isSiteWord(words[s.end] ?? '')))) s.type = 'MISC'
    // 2i. a name right after a word for a news outlet names that outlet, not a person: "editor of the newspaper
    //     Tal Cual", "the Israeli daily Haaretz", "the news agency Interfax"
    if (on('mediaName') && s.type === 'PER' && MEDIA_NOUNS.has((words[s.start - 1] ?? '').toLowerCase())) s.type = 'ORG'
    // 3. a known place directly before a facility word is a place: "the Rafah border crossing"
    if (on('facilityPlace') && s.type === 'ORG' && (mask & PLACE_BITS) !== 0 && (mask & ORG_BITS) === 0) {
      const next = words[s.end]?.toLowerCase()
      const next2 = words[s.end + 1]?.toLowerCase()
      if ((next && FACILITY.has(next)) || (next === 'border' && next2 && FACILITY.has(next2))) s.type = 'LOC'
    }
  }
  // 2e–2h work on the spans' structure: brackets, vessels, military formations, acronyms
  if (on('brackets')) out = out.flatMap((s) => cutAtUnbalancedBracket(words, s))
  if (!allCaps) {
    if (on('vessels')) out = claimRanges(words, sentence, out, vesselRanges(words), 'MISC')
    if (on('formations')) out = claimRanges(words, sentence, out, formationRanges(words, out, lexicon), 'ORG')
    // 2h. an acronym the training text never wrote otherwise is no person outside ALL-CAPS lines ("NAVCENT", "CTF"; CoNLL has
    //     none), while a surname in capitals is ("SCALIA filed a dissenting opinion", "Prime Minister KUBILIUS")
    for (const s of out) {
      const w = words[s.start]!
      if (on('acronymPerson') && s.type === 'PER' && s.end - s.start === 1 && /^[A-Z]{3,9}$/.test(w) && lexicon.caseOf(w.toLowerCase()) === CASE_BUCKET.UNSEEN &&
        (lexicon.phraseMask([words[s.start - 1] ?? '']) & (1 << GAZ.TITLE)) === 0) s.type = 'ORG'
    }
  }
  // 3c. a title before a known first name opens a person, not an organisation: "Commodore Andrew Burns" is
  //     PER "Andrew Burns" (titles stay outside person names, as in CoNLL); "General Motors" is left alone
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!
    if (s.type === 'PER' || !on('titleFirstName')) continue
    let i = s.start
    while (i < s.end - 1 && isTitle(words[i]!, lexicon)) i++
    if (i === s.start || i >= s.end) continue
    if ((lexicon.phraseMask([words[i]!]) & (1 << GAZ.FIRST_NAME)) === 0 && !(on('titleName') && looksLikePersonName(words.slice(i, s.end), lexicon))) continue
    out[k] = { sentence: s.sentence, start: i, end: s.end, type: 'PER', score: s.score }
  }
  // 3b. a dateline: a known place in capitals opening the line before a dash or parenthesis ("TEL AVIV —")
  const first = out[0]
  if (on('dateline') && first && first.start === 0 && first.type !== 'LOC' && /^[-—–(,:]|^--$/.test(words[first.end] ?? '')) {
    const phrase = words.slice(0, first.end)
    const mask = lexicon.phraseMask(phrase)
    if (phrase.every((w) => w === w.toUpperCase()) && (mask & PLACE_BITS) !== 0 && (mask & ORG_BITS) === 0) first.type = 'LOC'
  }
  // 4. curated organisation names the model left untagged, or tagged only in part as a nationality
  //    ("a senior Islamic State jihadist"; "IS" for Islamic State). Single words need evidence that they
  //    are names: an acronym outside ALL-CAPS lines, or a word the training text writes capitalised.
  const added: SentenceSpan[] = []
  for (const [start, end, mask] of on('addCuratedOrgs') ? matches : []) {
    if ((mask & ORG_BITS) === 0 || (mask & PLACE_BITS) !== 0) continue
    if (end - start === 1) {
      const w = words[start]!
      const acronym = ACRONYM.test(w) && !allCaps
      const capitalised = start > 0 && !allCaps && lexicon.caseOf(w.toLowerCase()) >= CASE_BUCKET.MOSTLY_CAP
      const particleName = /^\p{Ll}+-\p{Lu}/u.test(w) // "al-Qaeda", matched case-sensitively
      const armedGroup = !allCaps && (mask & (1 << GAZ.ARMED_GROUP)) !== 0 // curated, specific names: "Hamas", "Houthis"
      if (!acronym && !capitalised && !particleName && !armedGroup) continue
    }
    const clashes = out.filter((s) => s.start < end && start < s.end)
    if (clashes.some((s) => s.start < start || s.end > end || (s.type !== 'NORP' && s.type !== 'MISC'))) continue
    if (clashes.length > 0) out = out.filter((s) => !clashes.includes(s))
    added.push({ sentence, start, end, type: 'ORG', score: 0.6 })
  }
  if (added.length > 0) out = [...out, ...added].sort((a, b) => a.start - b.start)
  if (on('compassPeople')) out = joinCompassPeople(words, out)
  for (const s of out) {
    // 9. a name right after an honorific is a person: "Mr. Kestrov's re-election" (the model read an organisation)
    if (on('honorific') && s.type !== 'PER' && s.type !== 'MISC' && HONORIFIC.test(words[s.start - 1] ?? '')) s.type = 'PER'
    // 10. a name made only of nationality or creed words is a group of people: "Sunni Arabs", "Shi'ite Muslims"
    if (on('peopleWords') && s.type !== 'NORP' && s.type !== 'MISC' && s.end - s.start >= 2 && (lexicon.phraseMask(words.slice(s.start, s.end)) & (ORG_BITS | PLACE_BITS)) === 0 &&
      words.slice(s.start, s.end).every((w) => isDemonymWord(w, lexicon) || isPluralDemonym(w, lexicon))) s.type = 'NORP'
    // 8. a name ending in a landform or water word is a place, unless it is a known organisation: "the Nicobar
    //    Islands", "the Andaman Sea" (the model reads rare ones as organisations)
    if (on('placeHead') && (s.type === 'ORG' || s.type === 'PER') && s.end - s.start >= 2 && PLACE_HEAD.test(words[s.end - 1]!) &&
      (lexicon.phraseMask(words.slice(s.start, s.end)) & ORG_BITS) === 0) s.type = 'LOC'
    // 8b. so is a two-word name opened by a word for a camp, a fort or a mountain: "Camp David", "Fort Kelmor",
    //     "Mount Tavor" (the model reads rare ones as organisations)
    if (on('placeOpener') && (s.type === 'ORG' || s.type === 'PER') && s.end - s.start === 2 && PLACE_OPENER.test(words[s.start]!) &&
      CAPITALISED.test(words[s.start + 1]!) && (lexicon.phraseMask(words.slice(s.start, s.end)) & ORG_BITS) === 0) s.type = 'LOC'
  }
  // 11. a curated nationality the model left out before a title is one: "Philippine President Gloria Arroyo" (not on
  //     ALL-CAPS lines)
  if (on('missedDemonym') && !allCaps) out = addMissedDemonyms(words, sentence, out, lexicon)
  return on('countryName') ? claimCountryNames(sentence, out, [...matches, ...stateMatches(words)]) : out
}

/** A word made of a transliterated Arabic article and a capitalised name: "al-Islam", "el-Sheikh", "ash-Sham". */
const ARTICLE_WORD = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|ed)-\p{Lu}[\p{L}'’]*$/u

/**
 * A person or organisation followed by an article word that no other span holds takes it in: that word continues the
 * name. Not a place: the model's place type of a cut part ("membership in Ansar") would spread to the whole name's
 * other mentions in the document's consistency step.
 */
function extendOverArticle(words: readonly string[], s: SentenceSpan, spans: readonly SentenceSpan[]): SentenceSpan {
  if (s.type !== 'ORG' && s.type !== 'PER') return s
  let end = s.end
  while (end < words.length && ARTICLE_WORD.test(words[end]!) && !spans.some((o) => o !== s && o.start <= end && end < o.end)) end++
  return end === s.end ? s : { ...s, end }
}

/** Words an acronym skips: "Organization for Security and Cooperation in Europe" is OSCE. */
const ACRONYM_SKIPS = new Set(['for', 'and', 'in', 'of', 'the', 'on', '&'])

/** The acronym a name's capitalised words make ("OSCE"), or '' when a word of it is neither capitalised nor skipped. */
export function initialsOf(words: readonly string[]): string {
  let out = ''
  for (const w of words) {
    if (ACRONYM_SKIPS.has(w)) continue
    if (!CAPITALISED.test(w)) return ''
    out += w[0]
  }
  return out
}

/**
 * An organisation span followed by "in" / "of" and a place span, merged into one organisation when another word of the
 * sentence is the acronym of the whole ("OSCE") and not of the organisation alone.
 */
function extendByAcronym(words: readonly string[], spans: SentenceSpan[]): SentenceSpan[] {
  const acronyms = new Set(words.filter((w) => /^[A-Z]{3,8}$/.test(w)))
  if (acronyms.size === 0) return spans
  const out: SentenceSpan[] = []
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!
    const next = spans[k + 1]
    const joins = s.type === 'ORG' && next?.type === 'LOC' && next.start === s.end + 1 && /^(in|of)$/.test(words[s.end]!)
    const whole = joins ? initialsOf(words.slice(s.start, next.end)) : ''
    if (whole.length >= 3 && acronyms.has(whole) && !acronyms.has(initialsOf(words.slice(s.start, s.end)))) {
      out.push({ ...s, end: next!.end })
      k++
    } else out.push(s)
  }
  return out
}

/** Multi-word U.S. states, by first word: "New Hampshire", "West Virginia" (one-word ones are left to the model). */
const STATES_BY_FIRST = new Map<string, string[][]>()
for (const name of US_STATES) {
  const parts = name.split(' ')
  if (parts.length < 2) continue
  STATES_BY_FIRST.set(parts[0]!, [...(STATES_BY_FIRST.get(parts[0]!) ?? []), parts])
}

/** The multi-word states in a sentence, as gazetteer matches of countries (the same rule claims both). */
function stateMatches(words: readonly string[]): Array<readonly [number, number, number]> {
  const out: Array<readonly [number, number, number]> = []
  words.forEach((w, i) => {
    for (const parts of STATES_BY_FIRST.get(w) ?? []) {
      if (parts.every((p, k) => words[i + k] === p)) out.push([i, i + parts.length, COUNTRY_BITS])
    }
  })
  return out
}

/** Honorifics that only a person's name follows. */
const HONORIFIC = /^(Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Messrs\.?)$/
/** Compass words that begin the names of peoples: "North Korean", "South African", "East Timorese". */
const COMPASS = /^(North|South|East|West|Northern|Southern|Eastern|Western)$/
/** First words of a place's name: a camp, a fort, a mountain. */
const PLACE_OPENER = /^(Camp|Fort|Mount|Mt\.)$/
/** The last word of a place named after a landform or water: "Nicobar Islands", "Andaman Sea", "Bekaa Valley". */
const PLACE_HEAD = /^(Islands?|Isles?|Sea|Ocean|Peninsula|Valley|Mountains|Mountain|Hills|River|Straits?|Gulf|Bay|Lake|Desert|Heights|Archipelago|Plateau|Basin|Delta)$/

/**
 * 7. A compass word right before a nationality is part of it: "the North Korean launch" is one NORP, not a place
 * "North" and a nationality "Korean". A compass word inside a longer span ("North Korea") is left alone.
 */
function joinCompassPeople(words: readonly string[], spans: SentenceSpan[]): SentenceSpan[] {
  let out = spans
  for (const s of spans) {
    const c = s.start - 1
    if (s.type !== 'NORP' || c < 0 || !COMPASS.test(words[c]!)) continue
    if (out.some((o) => o.start < c && o.end > c)) continue
    out = out.filter((o) => o !== s && !(o.start === c && o.end === c + 1))
    out = [...out, { ...s, start: c }].sort((a, b) => a.start - b.start)
  }
  return out
}

/**
 * 6. A multi-word country name from the gazetteer (or a U.S. state: "voters in New Hampshire") is one place where the model missed it or read part of it
 * ("Turkey, United Arab Emirates, the United Kingdom"; "Saudi Arabia" as a person; "UNITED ARAB | EMIRATES"). A name
 * the model read as a longer one ("Republic of Korea Navy") or as an organisation exactly (a team in sports news)
 * stays.
 */
function claimCountryNames(sentence: number, spans: SentenceSpan[], matches: ReadonlyArray<readonly [number, number, number]>): SentenceSpan[] {
  let out = spans
  for (const [start, end, mask] of matches) {
    if (end - start < 2 || (mask & COUNTRY_BITS) === 0 || (mask & ORG_BITS) !== 0) continue
    const clashes = out.filter((s) => s.start < end && start < s.end)
    if (clashes.some((s) => s.start < start || s.end > end)) continue
    if (clashes.length === 1 && clashes[0]!.start === start && clashes[0]!.end === end && clashes[0]!.type !== 'PER') continue
    const score = clashes.length > 0 ? Math.max(...clashes.map((s) => s.score)) : 0.6
    out = [...out.filter((s) => !clashes.includes(s)), { sentence, start, end, type: 'LOC' as const, score }].sort((a, b) => a.start - b.start)
  }
  return out
}

/**
 * 5. A span without a name-like head names no actor or place: a measurement, a date, equipment, a description, a code
 * word or a bare title (see name-like.ts). It becomes MISC, which no stage resolves into an entity. For the shared
 * scheme only: re3d's own scheme annotates descriptions ("ISIL tactical units") as mentions.
 */
export function markUnnamedSpans(words: readonly string[], spans: SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  for (const s of spans) if (s.type !== 'MISC' && s.type !== 'NORP' && unnamedReason(words, s, lexicon) !== undefined) s.type = 'MISC'
  return spans
}

/** A title, also one joined by hyphens ("Brigadier-General", "Lieutenant-Colonel"). */
export function isTitle(w: string, lexicon: Lexicon): boolean {
  return (lexicon.phraseMask([w]) & (1 << GAZ.TITLE)) !== 0 || (w.includes('-') && w.split('-').every((p) => p !== '' && (lexicon.phraseMask([p]) & (1 << GAZ.TITLE)) !== 0))
}

/**
 * Words after a title that read as a person's name though no first name is known ("General Ante Gotovina"): two or
 * more, each one the training text writes capitalised or never saw (names, not "Land Systems"), none a known
 * organisation or place. One word is left alone ("General Motors").
 */
function looksLikePersonName(rest: readonly string[], lexicon: Lexicon): boolean {
  if (rest.length < 2 || rest.length > 4 || (lexicon.phraseMask(rest) & NAME_BITS) !== 0) return false
  return rest.every((w) => {
    const c = lexicon.caseOf(w.toLowerCase())
    return /^\p{Lu}|^(al|el|bin|ibn|abu|de|van|von|da|di|du)-/u.test(w) && (c === CASE_BUCKET.UNSEEN || c >= CASE_BUCKET.MOSTLY_CAP) &&
      (lexicon.phraseMask([w]) & (NAME_BITS | (1 << GAZ.TITLE))) === 0
  })
}

/** "Syrians", "Salafis": a demonym whose singular is one too. */
function isPluralDemonym(w: string, lexicon: Lexicon): boolean {
  return w.endsWith('s') && isDemonymWord(w.slice(0, -1), lexicon)
}

/** Spans for capitalised one-word nationalities before a title, which no span covers ("Philippine President"). */
function addMissedDemonyms(words: readonly string[], sentence: number, spans: SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  const added: SentenceSpan[] = []
  words.forEach((w, i) => {
    // before a title only: before a name it often opens the name ("Shiite Sadr"), alone it is often a language ("in Arabic")
    if (!CAPITALISED.test(w) || !isTitle(words[i + 1] ?? '', lexicon) || !isDemonymWord(w, lexicon) || spans.some((s) => s.start <= i && i < s.end)) return
    added.push({ sentence, start: i, end: i + 1, type: 'NORP', score: 0.6 })
  })
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start)
}

/** A curated nationality or creed: in the model's lexicon, or added to the list since it was baked ("Abkhaz"). */
export function isDemonymWord(w: string, lexicon: Lexicon): boolean {
  return (lexicon.phraseMask([w]) & DEMONYM) !== 0 || DEMONYM_WORDS.has(w)
}

/** A word for a facility or a road, which a designator before it names: "the M-4 highway", "the H-3 airbase". */
function isSiteWord(w: string): boolean {
  return FACILITY.has(w.toLowerCase()) || ROAD.test(w)
}

function splitCoordination(words: readonly string[], s: SentenceSpan, lexicon: Lexicon): SentenceSpan[] {
  if (s.end - s.start < 3) return [s]
  const phrase = words.slice(s.start, s.end)
  if ((lexicon.phraseMask(phrase) & NAME_BITS) !== 0) return [s] // "Bosnia and Herzegovina" is one name
  for (let k = s.start + 1; k < s.end - 1; k++) {
    const w = words[k]!
    if (w !== 'and' && w !== '&' && w !== 'And') continue
    const left = words.slice(s.start, k)
    const right = words.slice(k + 1, s.end)
    const lm = lexicon.phraseMask(left)
    const rm = lexicon.phraseMask(right)
    if ((lm & NAME_BITS) === 0 || (rm & NAME_BITS) === 0) continue
    const typeOf = (m: number) => ((m & ORG_BITS) !== 0 ? 'ORG' : (m & PLACE_BITS) !== 0 ? 'LOC' : 'NORP') as SentenceSpan['type']
    return [
      { sentence: s.sentence, start: s.start, end: k, type: typeOf(lm), score: s.score },
      { sentence: s.sentence, start: k + 1, end: s.end, type: typeOf(rm), score: s.score },
    ]
  }
  return [s]
}

/**
 * 2e. An acronym in brackets closes the name before it: "Central Command's (NAVCENT) Task Force" is two mentions, the model's
 * "NAVCENT) Task Force" none. Brackets that balance inside the name stay ("Task Force (CTF) 50"), and so do other bracketed
 * words ("(Tom) Seaver").
 */
function cutAtUnbalancedBracket(words: readonly string[], s: SentenceSpan): SentenceSpan[] {
  let depth = 0
  let balanced = true
  for (let i = s.start; i < s.end && balanced; i++) {
    if (/^[([{]$/.test(words[i]!)) depth++
    else if (/^[)\]}]$/.test(words[i]!)) balanced = --depth >= 0
  }
  if (balanced && depth === 0) return [s]
  const bracketsAcronym = words.slice(s.start, s.end).some((w, k, ws) => BRACKETED_ACRONYM.test(w) &&
    (/^[([{]$/.test(ws[k - 1] ?? words[s.start - 1] ?? '') || /^[)\]}]$/.test(ws[k + 1] ?? words[s.end] ?? '')))
  if (!bracketsAcronym) return [s]
  return splitSpanAt(words, s, (w) => /^[()[\]{}]$/.test(w)).filter((p) => p.end > p.start && CAPITALISED.test(words[p.start]!))
}

/** The pieces of a span between its separator tokens, in order, empty ones included (two separators in a row). */
export function splitSpanAt(words: readonly string[], s: SentenceSpan, isSeparator: (w: string) => boolean): SentenceSpan[] {
  const parts: SentenceSpan[] = []
  let start = s.start
  for (let i = s.start; i <= s.end; i++) {
    if (i < s.end && !isSeparator(words[i]!)) continue
    parts.push({ ...s, start, end: i })
    start = i + 1
  }
  return parts
}

/** 2f. Vessels: a ship prefix and the capitalised name after it ("USS Mahan", "FS Charles de Gaulle", "MV Galaxy Leader"). */
function vesselRanges(words: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let i = 0; i + 1 < words.length; i++) {
    if (!SHIP_PREFIX.has(words[i]!) || !CAPITALISED.test(words[i + 1]!)) continue
    let j = i + 1
    while (j < words.length && (CAPITALISED.test(words[j]!) || (/^(de|del|da|di|van|von|of)$/.test(words[j]!) && CAPITALISED.test(words[j + 1] ?? '')))) j++
    // a place named after a ship is a place: "the USS Arizona Memorial"
    if (!/^(Memorial|Museum)$/.test(words[j - 1]!) && !FACILITY.has(words[j - 1]!.toLowerCase())) out.push([i, j])
    i = j - 1
  }
  return out
}

/**
 * 2g. Military formations: an ordinal opening a name that ends in a unit word ("5th Fleet", "101st Airborne Division"), with
 * the state before it ("the U.S. 5th Fleet"), and a unit name or task-force acronym completed by its number ("Task Force 51",
 * "Combined Task Force 150", "CTF 50").
 */
function formationRanges(words: readonly string[], spans: readonly SentenceSpan[], lexicon: Lexicon): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const capitalRun = (j: number) => { while (j < words.length && CAPITALISED.test(words[j]!)) j++; return j }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (ORDINAL.test(w) && CAPITALISED.test(words[i + 1] ?? '')) {
      let end = capitalRun(i + 1)
      while (end > i + 1 && !UNIT.has(words[end - 1]!)) end--
      if (end === i + 1) continue
      // the state the formation belongs to: "U.S. 5th Fleet", "Iraqi Army's 9th Division" is left alone
      // (the model may have run the state's span into the ordinal: "The U.S. 5th")
      let start = i
      for (const s of spans) {
        if (s.start >= i || s.end < i || s.type === 'PER' || s.type === 'MISC') continue
        const from = words[s.start] === 'The' ? s.start + 1 : s.start
        if (from < i && (lexicon.phraseMask(words.slice(from, i)) & COUNTRY_BITS) !== 0) start = from
      }
      out.push([start, end])
      i = end - 1
    } else if ((UNIT.has(w) || TASK_FORCE.test(w)) && /^\d{1,4}(\.\d{1,2})?$/.test(words[i + 1] ?? '') && !/^[\d,]/.test(words[i + 2] ?? '')) {
      let start = i
      while (start > 0 && CAPITALISED.test(words[start - 1]!) && !OPENING_WORD.test(words[start - 1]!) && !TASK_FORCE.test(words[start - 1]!)) start--
      const owner = spans.find((s) => s.start < start && s.end > start && s.type === 'ORG')
      out.push([owner?.start ?? start, i + 2])
      i++
    }
  }
  return out
}

/**
 * The given token ranges become spans of `type`: spans inside a range give way to it, and a span that runs into one keeps
 * only its capitalised part outside ("U.S. ships | USS Mahan" keeps "U.S.").
 */
function claimRanges(words: readonly string[], sentence: number, spans: SentenceSpan[], ranges: ReadonlyArray<[number, number]>,
  type: SentenceSpan['type']): SentenceSpan[] {
  if (ranges.length === 0) return spans
  let out = spans
  for (const [start, end] of ranges) {
    const next: SentenceSpan[] = []
    let score = 0.6
    for (const s of out) {
      if (s.end <= start || s.start >= end) { next.push(s); continue }
      score = Math.max(score, s.score)
      if (s.start < start) {
        let e = start
        while (e > s.start && !CAPITALISED.test(words[e - 1]!)) e--
        if (words.slice(s.start, e).some((w) => CAPITALISED.test(w) && !OPENING_WORD.test(w))) next.push({ ...s, end: e })
      }
      if (s.end > end && CAPITALISED.test(words[end] ?? '')) next.push({ ...s, start: end })
    }
    next.push({ sentence, start, end, type, score })
    out = next.sort((a, b) => a.start - b.start)
  }
  return out
}
