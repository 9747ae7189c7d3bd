/**
 * Document-level label consistency: a name keeps one type through a
 * document, and a person's surname alone ("Almuhajer" after "Abu Baker
 * Almuhajer") is tagged as that person wherever the model missed it.
 * @module
 */
import { afterStormWord, SHIP_PREFIXES } from './lists.js'
import type { NerType } from './tags.js'

export interface SentenceSpan {
  /** Sentence index. */
  readonly sentence: number
  /** Token indices within the sentence, half-open. */
  readonly start: number
  readonly end: number
  type: NerType
  score: number
  /** Set when the span was added or retyped by consistency. */
  consistency?: 'retyped' | 'added'
}

const CAPITAL = /^\p{Lu}/u
const SHIP_PREFIX = new Set(SHIP_PREFIXES)
/** Words that never become a name on their own by propagation. */
const STOP = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'of', 'and', 'but', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'abu', 'al', 'bin', 'ibn', 'el', 'de', 'van', 'von', 'der', 'la', 'le', 'st', 'st.', 'new',
  'north', 'south', 'east', 'west', 'president', 'minister', 'general', 'gen.', 'king', 'prince', 'sheikh', 'islamic', 'state', 'army', 'group'])

/**
 * Make types consistent across a document and add missed repeats.
 * @param sentences token strings per sentence
 * @param spans predicted spans (any order); returned sorted, overlaps never created
 */
export function applyDocumentConsistency(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[]): SentenceSpan[] {
  const out = spans.map((s) => ({ ...s }))
  // each span's words joined once (types change below, offsets never)
  const surfaces = new Map<SentenceSpan, string>()
  const surface = (s: SentenceSpan) => {
    let k = surfaces.get(s)
    if (k === undefined) surfaces.set(s, (k = sentences[s.sentence]!.slice(s.start, s.end).join(' ')))
    return k
  }
  // 1. votes per exact surface, weighted by score; multi-token PER spans also vote for their last token
  const votes = new Map<string, Map<NerType, number>>()
  const vote = (key: string, type: NerType, w: number) => {
    let m = votes.get(key)
    if (!m) votes.set(key, (m = new Map()))
    m.set(type, (m.get(type) ?? 0) + w)
  }
  for (const s of out) {
    if (s.type === 'MISC') continue
    vote(surface(s), s.type, s.score)
    if (s.type === 'PER' && s.end - s.start >= 2) {
      const last = sentences[s.sentence]![s.end - 1]!
      if (CAPITAL.test(last) && last.length > 2 && !STOP.has(last.toLowerCase())) vote(last, 'PER', s.score * 1.5)
      // "Abadi" after "Haider al-Abadi": the surname without its article
      const bare = /^(?:al|el|ad|an|ar|as|ash|at|az)-(\p{Lu}\p{L}{2,})$/iu.exec(last)?.[1]
      if (bare) vote(bare, 'PER', s.score * 1.5)
    }
  }
  // a vessel's name alone is that vessel ("Forbin" after "FS Forbin"), a storm's name alone that storm ("Katrina had
  // winds of …" beside "Hurricane Katrina"): no actor or place, and never added as one
  const vessels = new Set<string>()
  for (const s of out) {
    const words = sentences[s.sentence]!
    if (s.type === 'MISC' && s.end - s.start >= 2 && SHIP_PREFIX.has(words[s.start]!)) vessels.add(words.slice(s.start + 1, s.end).join(' '))
  }
  // the storm's word names it wherever the model saw a name there or not ("Hurricane Katrina" left untagged)
  for (const words of sentences) words.forEach((w, i) => { if (capitalised(w) && afterStormWord(words, i)) vessels.add(w) })
  for (const s of out) if (s.type !== 'MISC' && vessels.has(surface(s))) { s.type = 'MISC'; s.consistency = 'retyped' }
  for (const v of vessels) votes.delete(v)
  const best = new Map<string, { type: NerType; share: number }>()
  for (const [key, m] of votes) {
    let total = 0
    let top: NerType | undefined
    let topW = -1
    for (const [t, w] of m) { total += w; if (w > topW) { topW = w; top = t } }
    if (top) best.set(key, { type: top, share: total > 0 ? topW / total : 0 })
  }
  // 2. retype disagreeing spans when one type clearly dominates; a one-word span one letter away from a
  //    person's surname in the document is that person ("Dugmash" after "Mumtaz Dugmush")
  const surnames = [...best].filter(([k, b]) => b.type === 'PER' && !k.includes(' ') && k.length >= 5).map(([k]) => k)
  for (const s of out) {
    if (s.type === 'MISC') continue
    const key = surface(s)
    const b = best.get(key)
    if (b && b.type !== s.type && b.share >= 0.6) { s.type = b.type; s.consistency = 'retyped'; continue }
    if (s.type !== 'PER' && s.end - s.start === 1 && key.length >= 5 && (!b || b.share < 0.8 || (votes.get(key)?.size ?? 0) === 1)) {
      if (surnames.some((n) => n !== key && n[0] === key[0] && withinOneEdit(n, key))) { s.type = 'PER'; s.consistency = 'retyped' }
    }
  }
  // a one-word name repeating the surname of a person named in full earlier in the document is that person
  // ("Dayton" after "Petty Officer Scott C. Dayton"), whatever its other mentions voted
  {
    const firstFull = new Map<string, number>()
    for (const s of out) {
      if (s.type !== 'PER' || s.end - s.start < 2) continue
      const last = sentences[s.sentence]![s.end - 1]!
      const bare = /^(?:al|el|ad|an|ar|as|ash|at|az)-(\p{Lu}\p{L}{2,})$/iu.exec(last)?.[1]
      for (const k of bare ? [last, bare] : [last]) {
        if (!CAPITAL.test(k) || k.length <= 2 || STOP.has(k.toLowerCase())) continue
        const at = s.sentence * 1e4 + s.start
        if ((firstFull.get(k) ?? Infinity) > at) firstFull.set(k, at)
      }
    }
    for (const s of out) {
      if (s.type === 'PER' || s.type === 'MISC' || s.end - s.start !== 1) continue
      const at = firstFull.get(surface(s))
      if (at !== undefined && at < s.sentence * 1e4 + s.start) { s.type = 'PER'; s.consistency = 'retyped' }
    }
  }
  // 3. add missed repeats: capitalised token runs equal to a known surface, outside any span
  const keysByFirst = new Map<string, string[][]>()
  for (const [key, b] of best) {
    if (b.type === 'MISC') continue
    const toks = key.split(' ')
    const first = toks[0]!
    if (!CAPITAL.test(first) || STOP.has(first.toLowerCase()) || (toks.length === 1 && first.length < 3)) continue
    let l = keysByFirst.get(first)
    if (!l) keysByFirst.set(first, (l = []))
    l.push(toks)
  }
  for (const l of keysByFirst.values()) l.sort((a, b) => b.length - a.length)
  const covered = sentences.map((w) => new Uint8Array(w.length))
  for (const s of out) covered[s.sentence]!.fill(1, s.start, s.end)
  const added: SentenceSpan[] = []
  sentences.forEach((words, si) => {
    const cov = covered[si]!
    for (let i = 0; i < words.length; i++) {
      if (cov[i]) continue
      const cands = keysByFirst.get(words[i]!)
      if (!cands) continue
      for (const toks of cands) {
        const end = i + toks.length
        if (end > words.length) continue
        let ok = true
        for (let k = 0; k < toks.length && ok; k++) ok = words[i + k] === toks[k] && !cov[i + k]
        // do not glue onto an adjacent capitalised word: "Almuhajer" inside "Tom Almuhajer Smith" is not ours to claim
        if (ok && end < words.length && CAPITAL.test(words[end]!) && !cov[end]) ok = false
        if (ok && i > 0 && CAPITAL.test(words[i - 1]!) && !cov[i - 1] && i - 1 !== 0) ok = false
        if (!ok) continue
        const b = best.get(toks.join(' '))!
        added.push({ sentence: si, start: i, end, type: b.type, score: 0.5 * b.share, consistency: 'added' })
        cov.fill(1, i, end)
        i = end - 1
        break
      }
    }
  })
  return [...out, ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start)
}

/** CAPITAL.test(w), answered without the regular expression for a word opening with an ASCII character that is no capital. */
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return CAPITAL.test(w)
}

/** Levenshtein distance ≤ 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
