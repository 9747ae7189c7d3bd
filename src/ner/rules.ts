/**
 * Gazetteer rules applied to the model's spans before document consistency.
 * They fix what the training data cannot teach: curated names the corpora
 * barely contain ("IS" for Islamic State, "Breitbart Jerusalem"), and
 * headline coordination ("Islamic State and Hamas").
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { CASE_BUCKET, GAZ, type Lexicon } from './lexicon.js'
import { FACILITY_WORDS, PLATFORM_NAMES } from './lists.js'

const ORG_BITS = (1 << GAZ.ARMED_GROUP) | (1 << GAZ.ORG)
const PLACE_BITS = (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.REGION)
const NAME_BITS = ORG_BITS | PLACE_BITS | (1 << GAZ.DEMONYM)
const FACILITY = new Set(FACILITY_WORDS)
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/
const PLATFORMS = new Set(PLATFORM_NAMES)
const ROAD = /^(highway|road|motorway|route|expressway)$/i
const DEMONYM = 1 << GAZ.DEMONYM
/** A military model designator: "F-16", "MQ-9", "Su-24", "C-130J", "AH-64s" ("G-7" and "G-20" are groups of states). */
export const DESIGNATOR = /^(?!G-)[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?s?$/

/**
 * @param words token strings of one sentence
 * @param spans the model's spans in this sentence (sorted, non-overlapping)
 * @param allCaps whether the sentence is written in capitals (acronym evidence means nothing there)
 * @param matches longest gazetteer match per start, when the caller already has them
 */
export function applyGazetteerRules(words: readonly string[], sentence: number, spans: SentenceSpan[], lexicon: Lexicon, allCaps: boolean,
  matches: ReadonlyArray<readonly [number, number, number]> = lexicon.matches(words)): SentenceSpan[] {
  let out: SentenceSpan[] = []
  for (const s of spans) {
    // 1. headline coordination: "Islamic State and Hamas" → two names when both sides are known names
    const parts = splitCoordination(words, s, lexicon)
    out.push(...parts)
  }
  for (const s of out) {
    const phrase = words.slice(s.start, s.end)
    const mask = lexicon.phraseMask(phrase)
    // 2. a curated organisation name that is not also a place is an organisation, also when one word of it
    //    is spelled one letter off ("Wilyat Sinai")
    const orgMask = mask !== 0 ? mask : lexicon.fuzzyPhraseMask(phrase) & ORG_BITS
    if (s.type !== 'ORG' && (orgMask & ORG_BITS) !== 0 && (orgMask & PLACE_BITS) === 0) s.type = 'ORG'
    // 2b. a curated multi-word region is a place ("Sinai Peninsula", "West Bank"); countries and cities are left to
    //     the model, since "New Zealand" fields a team (ORG) in sports news
    if (s.type !== 'LOC' && s.end - s.start >= 2 && (mask & (1 << GAZ.REGION)) !== 0 && (mask & ORG_BITS) === 0) s.type = 'LOC'
    // 2c. a one-word curated nationality or creed that names no place or organisation qualifies a group:
    //     "the Salafi organization", "Sunni tribes" (the model reads rare ones as places)
    //     A plural is a group of people, though ("Syrians"), which stays with the model.
    if ((s.type === 'LOC' || s.type === 'ORG') && s.end - s.start === 1 && (mask & DEMONYM) !== 0 && (mask & (ORG_BITS | PLACE_BITS)) === 0 &&
      !isPluralDemonym(phrase[0]!, lexicon)) s.type = 'NORP'
    // 2d. a weapon or platform is no actor and no place: a model designator in the name ("F-16 Fighting Falcon",
    //     "MQ-9 Reaper"; not on ALL-CAPS lines, where "IN U-21" is a youth team) or a platform name at its end ("RAF Tornado")
    //     A designator before a road or facility word names a place: "the M-4 highway", "the H-3 airbase".
    const last = phrase[phrase.length - 1]!
    if (s.type !== 'NORP' && s.type !== 'MISC' && (PLATFORMS.has(last) ||
        (!allCaps && phrase.some((w) => DESIGNATOR.test(w)) && !isSiteWord(last) && !isSiteWord(words[s.end] ?? '')))) s.type = 'MISC'
    // 3. a known place directly before a facility word is a place: "the Rafah border crossing"
    if (s.type === 'ORG' && (mask & PLACE_BITS) !== 0 && (mask & ORG_BITS) === 0) {
      const next = words[s.end]?.toLowerCase()
      const next2 = words[s.end + 1]?.toLowerCase()
      if ((next && FACILITY.has(next)) || (next === 'border' && next2 && FACILITY.has(next2))) s.type = 'LOC'
    }
  }
  // 3c. a title before a known first name opens a person, not an organisation: "Commodore Andrew Burns" is
  //     PER "Andrew Burns" (titles stay outside person names, as in CoNLL); "General Motors" is left alone
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!
    if (s.type === 'PER') continue
    let i = s.start
    while (i < s.end - 1 && (lexicon.phraseMask([words[i]!]) & (1 << GAZ.TITLE)) !== 0) i++
    if (i === s.start || i >= s.end) continue
    if ((lexicon.phraseMask([words[i]!]) & (1 << GAZ.FIRST_NAME)) === 0) continue
    out[k] = { sentence: s.sentence, start: i, end: s.end, type: 'PER', score: s.score }
  }
  // 3b. a dateline: a known place in capitals opening the line before a dash or parenthesis ("TEL AVIV —")
  const first = out[0]
  if (first && first.start === 0 && first.type !== 'LOC' && /^[-—–(,:]|^--$/.test(words[first.end] ?? '')) {
    const phrase = words.slice(0, first.end)
    const mask = lexicon.phraseMask(phrase)
    if (phrase.every((w) => w === w.toUpperCase()) && (mask & PLACE_BITS) !== 0 && (mask & ORG_BITS) === 0) first.type = 'LOC'
  }
  // 4. curated organisation names the model left untagged, or tagged only in part as a nationality
  //    ("a senior Islamic State jihadist"; "IS" for Islamic State). Single words need evidence that they
  //    are names: an acronym outside ALL-CAPS lines, or a word the training text writes capitalised.
  const added: SentenceSpan[] = []
  for (const [start, end, mask] of matches) {
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
  return out
}

/** "Syrians", "Salafis": a demonym whose singular is one too. */
function isPluralDemonym(w: string, lexicon: Lexicon): boolean {
  return w.endsWith('s') && (lexicon.phraseMask([w.slice(0, -1)]) & DEMONYM) !== 0
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
