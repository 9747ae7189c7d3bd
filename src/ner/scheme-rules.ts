/**
 * Decoding conventions of the re3d annotation scheme that the few re3d
 * training sentences cannot teach the model reliably. Each follows the re3d
 * annotation guide and the way the corpus annotates, and each still lifts an
 * re3d fold the model was not trained on (`scripts/ner-figures.ts --fold 1 --ablate`;
 * conventions that changed nothing there were removed, see docs/ner.md):
 *  - a place qualified by its country or state is one location: "Woodbridge, Virginia", "Anbar, Iraq";
 *    lists of places stay apart ("Qamenas, Sarmin and Talamenes", "Iraq, Syria");
 *  - a military operation or exercise is no organisation ("Operation Inherent Resolve": the schema has no type
 *    for operations, and the training documents annotate 1 of 13);
 *  - a person mention never runs across a verb or a coordination: "The Foreign Secretary met Russian Foreign
 *    Minister Sergei Lavrov" is two persons, "Prime Minister and President Hollande" two as well, and so is an
 *    apposition ("The Foreign Secretary, Boris Johnson"); a nationality before a title belongs to the person
 *    ("Iraqi Prime Minister Haider al-Abadi");
 *  - a state acting or qualifying a noun is an organisation ("Iraq will be able to", "UK-France co-operation"),
 *    a state where something happens a location ("in Iraq"): re3d types countries by their role;
 *  - a noun phrase is one mention from its first word, so a name inside one that a lower-case determiner or
 *    adjective opens ("all Iraqi leaders", "an ISIL tactical unit") or that names a place or group by its head
 *    ("the people of Mosul", "villages around Raqqa") is no mention of its own;
 *  - a name never contains a lower-case verb or a preposition like "within" ("The Coalition | complies",
 *    "Turkey | within NATO", "The French previously | led | CTF 50").
 * (A name directly after a lower-case "the" belongs to a descriptive mention, "the SDF": recognizer.ts.)
 * POS tags (from the segmenter), when given, tell a name's modifiers from a verb before it.
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { GAZ, type Lexicon } from './lexicon.js'
import { US_STATES as STATE_NAMES } from './lists.js'
import { DESIGNATOR, OPENING_WORD, splitSpanAt } from './rules.js'

const US_STATES = new Set(STATE_NAMES)

const COUNTRY = 1 << GAZ.COUNTRY
const DEMONYM = 1 << GAZ.DEMONYM
/** Lower-case words that may sit inside a person mention ("Minister for the Middle East", "Ibrahim al Jaafari"); words with
 *  capitals or hyphens ("al-Abadi", "al-") never end one. */
const PERSON_INNER = new Set(['of', 'for', 'the', 'to', 'on', 'in', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'van', 'von', 'der', 'da', 'di',
  'du', 'la', 'le', 'y', 'ul', 'ud', 'ad', 'ar', 'ash'])

/** A military operation or exercise ("Operation Inherent Resolve") has no entity type in the re3d schema. */
function isOperation(words: readonly string[], s: SentenceSpan): boolean {
  return s.end - s.start >= 2 && /^(Operation|Exercise)$/.test(words[s.start]!) && /^\p{Lu}/u.test(words[s.start + 1]!)
}

/** Nouns for the place or group itself, which re3d annotates together with the name they govern ("the people of Mosul"). */
const DESCRIBING_HEAD = /^(people|city|town|village|villages|province|region|district|governorate|heart|vicinity|outskirts|suburbs|port|government|regime|citizens|terrorists|militias)$/

/** "the people of Mosul", "the vicinity of Ayn Issa", "villages around Raqqa": one descriptive mention, the name no mention of its own. */
function describedByHead(words: readonly string[], s: SentenceSpan): boolean {
  return /^(of|around|like)$/.test(words[s.start - 1] ?? '') && DESCRIBING_HEAD.test(words[s.start - 2] ?? '')
}

/**
 * A name inside a noun phrase that a lower-case determiner or adjective opens is part of that descriptive
 * mention ("all Iraqi leaders", "senior U.S. military officials", "an ISIL tactical unit"), unless the name
 * only modifies a noun that follows ("a Defense Department news release", "ongoing U.S. efforts").
 */
function insideDescriptivePhrase(words: readonly string[], pos: readonly string[] | undefined, s: SentenceSpan): boolean {
  const prev = words[s.start - 1]
  if (pos === undefined || prev === undefined || !/^\p{Ll}/u.test(prev) || !/^(ADJ|DET)$/.test(pos[s.start - 1] ?? '') || /^(both|either|neither)$/.test(prev)) return false
  const next = words[s.end]
  return next === undefined || !/^\p{Ll}/u.test(next) || !/^(NOUN|ADJ|PROPN|VERB)$/.test(pos[s.end] ?? '')
}

function startsWithTitle(words: readonly string[], i: number, lexicon: Lexicon): boolean {
  for (let n = 1; n <= 3 && i + n <= words.length; n++) if ((lexicon.phraseMask(words.slice(i, i + n)) & TITLE) !== 0) return true
  return false
}

/** A name ends before a lower-case verb or a preposition no name holds: "The Coalition | complies", "Turkey | within NATO". */
function cutAtVerb(words: readonly string[], pos: readonly string[] | undefined, s: SentenceSpan): SentenceSpan[] {
  if (s.type === 'PER' || pos === undefined) return [s]
  for (let i = s.start + 1; i < s.end; i++) {
    const preposition = /^(within|with|from|by|at|into|near|against)$/.test(words[i]!)
    if (/^\p{Ll}/u.test(words[i]!) && (/^(VERB|AUX)$/.test(pos[i] ?? '') || preposition)) {
      // "ISIL-held", but not after an adverb: "The French previously | led | CTF 50"
      if (COMPOUND_SAFE.test(words[i]!) && /^\p{Lu}|-$/u.test(words[i - 1]!)) return [s]
      // the name after the verb or preposition is a mention of its own ("Turkey within NATO"); an adverb before the verb is none
      const tail = i + 1 < s.end && /^\p{Lu}/u.test(words[i + 1]!) ? [{ ...s, start: i + 1 }] : []
      let end = i
      while (end > s.start + 1 && /^\p{Ll}/u.test(words[end - 1]!) && pos[end - 1] === 'ADV') end--
      return [{ ...s, end }, ...tail]
    }
  }
  return [s]
}
/** Lower-case words inside names the tagger may read as verbs ("Joint Forces Land Component Command", "United"). */
const COMPOUND_SAFE = /^(held|led|based|backed|armed|united)$/

/** "Iraqi Prime Minister Haider al-Abadi", "Russian Foreign Minister Lavrov": re3d's person mention includes the nationality before a title. */
function nationalityBeforeTitle(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  const out: SentenceSpan[] = []
  for (const s of spans) {
    const prev = out[out.length - 1]
    if (s.type === 'PER' && prev?.type === 'NORP' && prev.sentence === s.sentence && prev.end === s.start &&
        startsWithTitle(sentences[s.sentence]!, s.start, lexicon)) {
      out[out.length - 1] = { ...s, start: prev.start, score: Math.min(s.score, prev.score) }
      continue
    }
    out.push(s)
  }
  return out
}

/** re3d conventions over one document's spans (token offsets per sentence); returns new spans, sorted. */
export function applyRe3dConventions(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon,
  pos?: ReadonlyArray<readonly string[]>, skip: ReadonlySet<string> = new Set()): SentenceSpan[] {
  const on = (step: string) => !skip.has(`re3d:${step}`)
  const words = (s: SentenceSpan) => sentences[s.sentence]!
  const tags = (s: SentenceSpan) => pos?.[s.sentence]
  const out = [...spans].sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    .filter((s) => !(on('operation') && isOperation(words(s), s)) && !(on('describedByHead') && describedByHead(words(s), s)) &&
      !(on('insideDescriptivePhrase') && insideDescriptivePhrase(words(s), tags(s), s)))
    .flatMap((s) => (on('cutAtVerb') ? cutAtVerb(words(s), tags(s), s) : [s]))
    .flatMap((s) => (s.type === 'PER' && on('splitPerson') ? splitPerson(words(s), s, lexicon) : [s]))
  const titled = on('nationalityBeforeTitle') ? nationalityBeforeTitle(sentences, out, lexicon) : out
  const merged = on('mergeQualifiedPlaces') ? mergeQualifiedPlaces(sentences, titled, lexicon) : titled
  return on('countryRole') ? merged.map((s) => countryRole(words(s), s, lexicon)) : merged
}

/** The conventions by name, for skipping one at a time ('re3d:<name>' in the recogniser's skipRules). */
export const RE3D_CONVENTIONS = ['operation', 'describedByHead', 'insideDescriptivePhrase', 'cutAtVerb', 'splitPerson', 'nationalityBeforeTitle',
  'mergeQualifiedPlaces', 'countryRole'] as const

/** Prepositions after which a country is the place where something happens ("in Iraq", "across Syria"). */
const LOCATIVE = /^(in|at|from|to|into|across|inside|throughout|near|within|around|outside|of|on)$/i
/** Lower-case words after a country that do not make it an actor or a modifier. */
const FUNCTION_WORD = /^(and|or|but|nor|in|on|at|of|to|for|with|from|by|as|into|over|under|about|after|before|since|during|against|between|through|near|which|who|whom|that|where|when|while|if|than|so|too|today|yesterday|tomorrow|now|then|also|still|further|already|alone|itself|themselves|said|says|told|the|a|an|this|these|those|its|their|his|her|our|my|your)$/

/**
 * A state acting or qualifying is an organisation in re3d ("Iraq will be able to", "Russia has", "UK support",
 * "UK-France co-operation"), a state as a place a location ("in Iraq", "across Syria").
 */
function countryRole(words: readonly string[], s: SentenceSpan, lexicon: Lexicon): SentenceSpan {
  if ((s.type !== 'LOC' && s.type !== 'ORG') || (lexicon.phraseMask(words.slice(s.start, s.end)) & COUNTRY) === 0) return s
  // the word before the name, or before the list it closes ("in Syria and Iraq further limits")
  let j = s.start - 1
  while (j > 0 && /^(and|or|,)$/.test(words[j]!) && /^\p{Lu}/u.test(words[j - 1]!)) { j--; while (j > 0 && /^\p{Lu}/u.test(words[j - 1]!)) j--; j-- }
  const prev = words[j]
  if (prev !== undefined && LOCATIVE.test(prev)) return s.type === 'LOC' ? s : { ...s, type: 'LOC' }
  if (words[s.start - 1] === 'the') return s // "the Syria crisis": a place that modifies the noun
  let k = s.end
  if (words[k] === '-' && k + 1 < words.length && (lexicon.phraseMask([words[k + 1]!]) & COUNTRY) !== 0) k += 2 // "UK-France co-operation"
  const next = words[k]
  if (next !== undefined && /^\p{Ll}[\p{Ll}-]+$/u.test(next) && !FUNCTION_WORD.test(next) && s.type === 'LOC') return { ...s, type: 'ORG' }
  return s
}

const TITLE = 1 << GAZ.TITLE

function splitPerson(words: readonly string[], s: SentenceSpan, lexicon: Lexicon): SentenceSpan[] {
  const parts: SentenceSpan[] = []
  let start = s.start
  let complement = false // the words after "Ambassador Saperstein for" describe the person's remit: no mention of their own
  for (let i = s.start; i <= s.end; i++) {
    const w = words[i]
    // "Minister for the Middle East", "Secretary of State": a preposition continues a title, not a name ("Ambassador Saperstein | for Religious Minorities")
    const afterName = w !== undefined && /^(for|of|to|on|in)$/.test(w) && i > start + 1 && startsWithTitle(words, start, lexicon) &&
      (lexicon.phraseMask([words[i - 1]!]) & TITLE) === 0 && !/^(State|Affairs|Defen[cs]e|Staff|Commonwealth)$/.test(words[i - 1]!)
    // an apposition is two mentions: "The Foreign Secretary, Boris Johnson"
    const breaks = i === s.end || w === 'and' || w === '&' || w === ',' || afterName || (w !== undefined && /^\p{Ll}+$/u.test(w) && !PERSON_INNER.has(w))
    if (!breaks) continue
    if (i === s.start && i !== s.end) return [s] // a lower-case first word: a descriptive mention, left to the caller
    if (i > start && /^\p{Lu}/u.test(words[start]!) && !complement) parts.push({ ...s, start, end: i })
    complement = afterName
    start = i + 1
  }
  if (parts.length === 1 && parts[0]!.start === s.start && parts[0]!.end === s.end) return [s]
  // a country split off a person is a place: "his first visit to Uzbekistan as Minister for Central Asia"
  return parts.map((p) => (countryAt(words, p.start, lexicon) === p.end - p.start ? { ...p, type: 'LOC' } : p))
}

/** Token length of a country or US state name starting at `i` (the states qualify most places in US military releases), 0 when none. */
function qualifierAt(words: readonly string[], i: number, lexicon: Lexicon): number {
  const n = countryAt(words, i, lexicon)
  if (n > 0) return n
  for (let k = Math.min(3, words.length - i); k >= 1; k--) if (US_STATES.has(words.slice(i, i + k).join(' '))) return k
  return 0
}

/** Token length of a country name starting at `i` (longest, up to 4 tokens), 0 when none. */
function countryAt(words: readonly string[], i: number, lexicon: Lexicon): number {
  for (let n = Math.min(4, words.length - i); n >= 1; n--) if ((lexicon.phraseMask(words.slice(i, i + n)) & COUNTRY) !== 0) return n
  return 0
}

function mergeQualifiedPlaces(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  const out: SentenceSpan[] = []
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!
    const words = sentences[a.sentence]!
    if (words[a.end] !== ',' || (lexicon.phraseMask(words.slice(a.start, a.end)) & COUNTRY) !== 0) { out.push(a); continue }
    if (a.type !== 'LOC') {
      // a name the model took for a person or an organisation is a place when a state qualifies it: "Fort Campbell, Kentucky."
      const q = qualifierAt(words, a.end + 1, lexicon)
      const nx = spans[k + 1]
      const free = nx === undefined || nx.sentence !== a.sentence || nx.start > a.end + q || (nx.start === a.end + 1 && nx.end === a.end + 1 + q && nx.type !== 'PER')
      if ((a.type === 'PER' || a.type === 'ORG') && q > 0 && free && /^[,.;:)]?$/.test(words[a.end + 1 + q] ?? '') &&
          a.end - a.start >= 2) {
        out.push({ ...a, type: 'LOC', end: a.end + 1 + q })
        if (nx !== undefined && nx.sentence === a.sentence && nx.start === a.end + 1) k++
      } else out.push(a)
      continue
    }
    const next = spans[k + 1]
    const adjacent = next !== undefined && next.sentence === a.sentence && next.start === a.end + 1
    // the qualifier: the next place, or a country the model typed as an organisation or left untagged ("Istanbul, Turkey")
    const n = qualifierAt(words, a.end + 1, lexicon)
    let end = -1
    if (adjacent && next.type === 'LOC') end = next.end
    else if (n > 0 && (!adjacent || (next.end === a.end + 1 + n && next.type === 'ORG'))) end = a.end + 1 + n
    if (end < 0) { out.push(a); continue }
    const after = words[end]
    const then = spans[adjacent ? k + 2 : k + 1]
    const listGoesOn = after === 'and' || after === 'or' || (after === ',' && (words[end + 1] === 'and' ||
      (then !== undefined && then.sentence === a.sentence && then.start === end + 1)))
    const prev = out[out.length - 1]
    const listBefore = words[a.start - 1] === ',' && prev !== undefined && prev.sentence === a.sentence && prev.end === a.start - 1
    if (listGoesOn || listBefore) { out.push(a); continue }
    out.push({ ...a, end, score: adjacent ? Math.min(a.score, next.score) : a.score })
    if (adjacent) k++
  }
  return out
}

type Step = (sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon) => SentenceSpan[]
const keep = (test: (words: readonly string[], s: SentenceSpan) => boolean): Step => (S, spans) => spans.filter((s) => !test(S[s.sentence]!, s))
const each = (f: (words: readonly string[], s: SentenceSpan, lexicon: Lexicon) => SentenceSpan | SentenceSpan[]): Step =>
  (S, spans, lx) => spans.flatMap((s) => f(S[s.sentence]!, s, lx))

/**
 * The conventions one at a time, in the order applyRe3dConventions runs them, so each can be measured on corpora it was
 * not written for (scripts/ner-scheme-transfer.ts). Without POS tags.
 */
export const RE3D_CONVENTION_STEPS: Readonly<Record<string, Step>> = {
  operation: keep(isOperation),
  describedByHead: keep(describedByHead),
  insideDescriptivePhrase: keep((w, s) => insideDescriptivePhrase(w, undefined, s)),
  cutAtVerb: each((w, s) => cutAtVerb(w, undefined, s)),
  splitPerson: each((w, s, lx) => (s.type === 'PER' ? splitPerson(w, s, lx) : [s])),
  nationalityBeforeTitle: (S, spans, lx) => nationalityBeforeTitle(S, spans, lx),
  mergeQualifiedPlaces: (S, spans, lx) => mergeQualifiedPlaces(S, spans, lx),
  countryRole: each((w, s, lx) => countryRole(w, s, lx)),
}
