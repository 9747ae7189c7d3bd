/**
 * A person's name the model cut in two.
 *
 * A nickname in quotes inside a person's name: 'Brig. Gen. Richard "Tex" Coe', 'Marvin "Marvelous" Hagler'. The
 * model ends the name at a quote, leaving the given name (often with the opening quote: 'Richard "Tex') and the
 * surname apart, so the person is cut in two and the surname written alone later finds no full name. A person span
 * followed by a quoted run of one to four words that starts with a capital, and by a capitalised word right after the
 * closing quote, is one name through that word (or through the span that starts there).
 *
 * A person's first names read as a place right before the rest of the name: "[Aung San]LOC [Suu Kyi]PER", where the
 * decoder ended one name and began another with no word between. A person span that starts where a place span of one
 * or two words ends is one person with it, unless the gazetteer knows the first as a place or body ("Burma Suu Kyi" in
 * a headline stays two). Not a body before a person: that is an office ("… and Financial Intelligence Stuart Levey").
 *
 * A body named with its operation after a dash: "Combined Joint Task Force - Operation Inherent Resolve", which the
 * model reads as two bodies. Two bodies of two or more capitalised words each, with only a spaced dash between, are one.
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { GAZ, type Lexicon } from './lexicon.js'

const OPEN = new Set(['"', '“'])
const CLOSE = new Set(['"', '”'])
const CAPITAL = /^\p{Lu}/u

/** The end of the whole name when a nickname in quotes follows (or ends inside) the person span `s`. */
function nicknameEnd(words: readonly string[], s: SentenceSpan, spans: readonly SentenceSpan[]): number | undefined {
  const inside = words.slice(s.start, s.end)
  const q = inside.findIndex((w) => OPEN.has(w))
  const open = q >= 0 ? s.start + q : s.end
  if (!OPEN.has(words[open] ?? '') || open === s.start) return undefined
  if (q >= 0 && inside.slice(q + 1).some((w) => CLOSE.has(w))) return undefined
  let close = open + 1
  while (close < words.length && close - open <= 5 && !CLOSE.has(words[close]!)) close++
  if (!CLOSE.has(words[close] ?? '') || close - open < 2 || close - open > 5 || !CAPITAL.test(words[open + 1]!)) return undefined
  const after = close + 1
  if (!CAPITAL.test(words[after] ?? '') || OPEN.has(words[after]!)) return undefined
  const next = spans.find((t) => t.sentence === s.sentence && t.start === after)
  return next ? next.end : after + 1
}

/** Join each person's given name, quoted nickname and surname into one person span. */
export function joinNicknames(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[]): SentenceSpan[] {
  const joined: SentenceSpan[] = []
  for (const s of spans) {
    if (s.type !== 'PER') continue
    const end = nicknameEnd(sentences[s.sentence]!, s, spans)
    if (end !== undefined) joined.push({ ...s, end, consistency: 'retyped' })
  }
  if (joined.length === 0) return [...spans]
  const covered = (t: SentenceSpan) => joined.some((j) => j.sentence === t.sentence && j.start < t.end && t.start < j.end)
  return [...spans.filter((t) => !covered(t)), ...joined].sort((a, b) => a.sentence - b.sentence || a.start - b.start)
}

const KNOWN_BITS = (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.REGION) | (1 << GAZ.DEMONYM) | (1 << GAZ.ARMED_GROUP) | (1 << GAZ.ORG)

/** Join a place span the gazetteer does not know with the person span that starts right at its end. */
export function joinGluedPersons(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon): SentenceSpan[] {
  const sorted = [...spans].sort((a, b) => a.sentence - b.sentence || a.start - b.start)
  const out: SentenceSpan[] = []
  for (const s of sorted) {
    const prev = out[out.length - 1]
    if (prev && prev.sentence === s.sentence && prev.end === s.start && s.type === 'PER' && prev.type === 'LOC' &&
      prev.end - prev.start <= 2 && (lexicon.phraseMask(sentences[prev.sentence]!.slice(prev.start, prev.end)) & KNOWN_BITS) === 0) {
      out[out.length - 1] = { ...s, start: prev.start, score: Math.min(prev.score, s.score), consistency: 'retyped' }
      continue
    }
    out.push(s)
  }
  return out
}

const DASHES = new Set(['-', '–', '—'])

/** Join a body of two or more capitalised words and a name of two or more after a spaced dash ("Task Force - Operation X"). */
export function joinDashedBodies(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[]): SentenceSpan[] {
  const sorted = [...spans].sort((a, b) => a.sentence - b.sentence || a.start - b.start)
  const capitalised = (s: SentenceSpan) => s.end - s.start >= 2 && sentences[s.sentence]!.slice(s.start, s.end).every((w) => CAPITAL.test(w))
  const out: SentenceSpan[] = []
  for (const s of sorted) {
    const prev = out[out.length - 1]
    if (prev && prev.sentence === s.sentence && prev.end + 1 === s.start && DASHES.has(sentences[s.sentence]![prev.end]!) &&
      prev.type === 'ORG' && (s.type === 'ORG' || s.type === 'MISC') && capitalised(prev) && capitalised(s)) {
      out[out.length - 1] = { ...prev, end: s.end, score: Math.min(prev.score, s.score), consistency: 'retyped' }
      continue
    }
    out.push(s)
  }
  return out
}
