/**
 * Decoding conventions of the re3d annotation scheme that the few re3d
 * training sentences cannot teach the model reliably. Each follows the re3d
 * annotation guide and the way the corpus annotates (counted on the training
 * documents only):
 *  - a place qualified by its country or state is one location: "Woodbridge, Virginia", "Anbar, Iraq";
 *    lists of places stay apart ("Qamenas, Sarmin and Talamenes", "Iraq, Syria");
 *  - a name directly after a lower-case "the" belongs to a descriptive mention ("the SDF"), which the
 *    scheme does not count as a name;
 *  - a military operation or exercise is no organisation ("Operation Inherent Resolve": the schema has no type
 *    for operations, and the training documents annotate 1 of 13);
 *  - a place after a preposition is no part of a person: "in Iraq Minister Tobias Ellwood";
 *  - a person mention never runs across a verb or a coordination: "The Foreign Secretary met Russian Foreign
 *    Minister Sergei Lavrov" is two persons, "Prime Minister and President Hollande" two as well.
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { GAZ, type Lexicon } from './lexicon.js'

const COUNTRY = 1 << GAZ.COUNTRY
/** Lower-case words that may sit inside a person mention ("Minister for the Middle East", "Ibrahim al Jaafari"); words with
 *  capitals or hyphens ("al-Abadi", "al-") never end one. */
const PERSON_INNER = new Set(['of', 'for', 'the', 'to', 'on', 'in', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'van', 'von', 'der', 'da', 'di',
  'du', 'la', 'le', 'y', 'ul', 'ud', 'ad', 'ar', 'as', 'ash'])

/** A military operation or exercise ("Operation Inherent Resolve") has no entity type in the re3d schema. */
function isOperation(words: readonly string[], s: SentenceSpan): boolean {
  return s.end - s.start >= 2 && /^(Operation|Exercise)$/.test(words[s.start]!) && /^\p{Lu}/u.test(words[s.start + 1]!)
}

/** re3d conventions over one document's spans (token offsets per sentence); returns new spans, sorted. */
export function applyRe3dConventions(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  const out = [...spans].sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    .filter((s) => !isOperation(sentences[s.sentence]!, s))
    .flatMap((s) => (s.type === 'PER' ? splitPerson(sentences[s.sentence]!, s) : [s]))
    .flatMap((s) => (s.type === 'PER' ? placeBeforeTitle(sentences[s.sentence]!, s, lexicon) : [s]))
  return mergeQualifiedPlaces(sentences, out, lexicon)
}

const PREPOSITION = /^(in|at|on|from|to|for|by|with)$/i
const TITLE = 1 << GAZ.TITLE

/** "In Turkey Minister Ellwood met…", "…in Iraq Minister Tobias Ellwood said": the place after a preposition is no part of the person. */
function placeBeforeTitle(words: readonly string[], s: SentenceSpan, lexicon: Lexicon): SentenceSpan[] {
  let i = s.start
  if (/^\p{Lu}/u.test(words[i]!) && PREPOSITION.test(words[i]!)) i++
  if (i === s.start && !(s.start > 0 && /^\p{Ll}/u.test(words[s.start - 1]!) && PREPOSITION.test(words[s.start - 1]!))) return [s]
  const n = countryAt(words, i, lexicon)
  if (n > 0 && i + n < s.end && (lexicon.phraseMask([words[i + n]!]) & TITLE) !== 0) {
    return [{ ...s, start: i, end: i + n, type: 'LOC' }, { ...s, start: i + n }]
  }
  return i > s.start && i < s.end ? [{ ...s, start: i }] : [s]
}

function splitPerson(words: readonly string[], s: SentenceSpan): SentenceSpan[] {
  const parts: SentenceSpan[] = []
  let start = s.start
  for (let i = s.start; i <= s.end; i++) {
    const w = words[i]
    const breaks = i === s.end || w === 'and' || w === '&' || (w !== undefined && /^\p{Ll}+$/u.test(w) && !PERSON_INNER.has(w))
    if (!breaks) continue
    if (i === s.start && i !== s.end) return [s] // a lower-case first word: a descriptive mention, left to the caller
    if (i > start && /^\p{Lu}/u.test(words[start]!)) parts.push({ ...s, start, end: i })
    start = i + 1
  }
  if (parts.length === 1 && parts[0]!.start === s.start && parts[0]!.end === s.end) return [s]
  return parts
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
    if (a.type !== 'LOC' || words[a.end] !== ',' || (lexicon.phraseMask(words.slice(a.start, a.end)) & COUNTRY) !== 0) { out.push(a); continue }
    const next = spans[k + 1]
    const adjacent = next !== undefined && next.sentence === a.sentence && next.start === a.end + 1
    // the qualifier: the next place, or a country the model typed as an organisation or left untagged ("Istanbul, Turkey")
    const n = countryAt(words, a.end + 1, lexicon)
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
