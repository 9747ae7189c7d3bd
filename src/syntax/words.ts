/**
 * Per-word hashes computed once per sentence and shared by the tagger, the
 * parser and the labeller: lower-cased form, exact form, affixes and word shape.
 * @module
 */
import { fnv1a } from './hash.js'

export interface WordHashes {
  readonly n: number
  readonly lower: Uint32Array
  readonly form: Uint32Array
  readonly suf1: Uint32Array
  readonly suf2: Uint32Array
  readonly suf3: Uint32Array
  readonly suf4: Uint32Array
  readonly pre1: Uint32Array
  readonly pre2: Uint32Array
  readonly shape: Uint32Array
  /** Ambiguity class: bit t set when the word was seen with tag t in training (0 = rare or unseen). */
  readonly amb: Uint32Array
  /** The tag of a frequent word that always had one tag in training (-1 = tag it): the tagger skips scoring it. */
  readonly fixed: Int32Array
  /** Word clusters learned from unlabelled text (models/clusters): coarse (32), fine (256) and finest (1,024) ids + 1; 0 = unknown word. */
  readonly clCoarse: Uint32Array
  readonly clFine: Uint32Array
  readonly clFinest: Uint32Array
  /** True when the model has clusters: only then do the tagger, parser and labeller add their cluster features. */
  readonly clustered: boolean
}

/** Cluster ids of a word packed into one integer (each id + 1, so 0 = none): finest | fine << 11 | coarse << 20. */
export function packClusters(fine: number, coarse: number, finest: number): number {
  return (finest + 1) | ((fine + 1) << 11) | ((coarse + 1) << 20)
}

/** The packed clusters of a word: its exact form, else lower case, else title case (as the NER lexicon looks them up). */
export function clustersOf(word: string, clusters: ReadonlyMap<string, number>): number {
  const c = clusters.get(word)
  if (c !== undefined) return c
  const l = word.toLowerCase()
  return clusters.get(l) ?? (l.length > 0 ? clusters.get(l[0]!.toUpperCase() + l.slice(1)) ?? 0 : 0)
}

/** Hash of the padding "word" before the sentence start and after its end. */
export const PAD_START = fnv1a('<s>')
export const PAD_END = fnv1a('</s>')

/** Normalise digits so "1998" and "2004" share a form ("0000"): numbers differ by value, not by syntax. */
export function normaliseForm(w: string): string {
  const q = /[‘’“”]/.test(w) ? w.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : w
  return /\d/.test(q) ? q.replace(/\d/g, '0') : q
}

/** Words (exact normalised form) seen at least `minCount` times, always with the same tag: form → tag. */
export function unambiguousWords(words: Iterable<{ form: string; tag: number }>, minCount = 20): Map<string, number> {
  const seen = new Map<string, { tag: number; n: number; mixed: boolean }>()
  for (const w of words) {
    const k = normaliseForm(w.form)
    const e = seen.get(k)
    if (!e) seen.set(k, { tag: w.tag, n: 1, mixed: false })
    else { e.n++; if (e.tag !== w.tag) e.mixed = true }
  }
  return new Map([...seen].filter(([, e]) => !e.mixed && e.n >= minCount).map(([k, e]) => [k, e.tag]))
}

/** Ambiguity classes of the words seen at least `minCount` times (lower-cased forms). */
export function ambiguityClasses(words: Iterable<{ form: string; tag: number }>, minCount = 3): Map<string, number> {
  const seen = new Map<string, { bits: number; n: number }>()
  for (const w of words) {
    const k = normaliseForm(w.form).toLowerCase()
    const e = seen.get(k) ?? { bits: 0, n: 0 }
    e.bits |= 1 << w.tag
    e.n++
    seen.set(k, e)
  }
  return new Map([...seen].filter(([, e]) => e.n >= minCount).map(([k, e]) => [k, e.bits]))
}

/** Word shape with runs collapsed past two: "Baghdad" → "Xxx", "U.S." → "X.X.", "1,200" → "d,ddd" → "d,dd". */
export function wordShape(w: string): string {
  let out = ''
  let last = ''
  let run = 0
  for (const ch of w) {
    const code = ch.charCodeAt(0)
    // ASCII fast path; the Unicode classes only for other letters
    const c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/u.test(ch) ? 'd' : ch
    run = c === last ? run + 1 : 1
    last = c
    if (run <= 2) out += c
  }
  return out
}

/** The hashes of one word (one entry of a `WordHashCache`). */
export interface WordEntry {
  readonly lower: number; readonly form: number; readonly suf1: number; readonly suf2: number; readonly suf3: number
  readonly suf4: number; readonly pre1: number; readonly pre2: number; readonly shape: number; readonly amb: number; readonly fixed: number
  readonly cl: number
  /** The word's lemma under tag `lemmaTag` (-1: none yet), kept by the analyser: the entry is in hand, a lemma map look-up is not. */
  lemmaTag: number
  lemma: string
}

/**
 * Hashes already computed, by word (news repeats its words; normalising, lower-casing and the shape are string work).
 * Bounded: cleared when full. Only valid for one pair of ambiguity / fixed-tag tables.
 */
export type WordHashCache = Map<string, WordEntry>
const MAX_CACHED_WORDS = 200_000

function hashWord(word: string, ambiguity?: ReadonlyMap<string, number>, fixed?: ReadonlyMap<string, number>, clusters?: ReadonlyMap<string, number>): WordEntry {
  const f = normaliseForm(word)
  const l = f.toLowerCase()
  return {
    form: fnv1a(f), lower: fnv1a(l), suf1: fnv1a(l.slice(-1)), suf2: fnv1a(l.slice(-2)), suf3: fnv1a(l.slice(-3)), suf4: fnv1a(l.slice(-4)),
    pre1: fnv1a(f.slice(0, 1)), pre2: fnv1a(l.slice(0, 2)), shape: fnv1a(wordShape(word)), amb: ambiguity?.get(l) ?? 0, fixed: fixed?.get(f) ?? -1,
    cl: clusters ? clustersOf(word, clusters) : 0, lemmaTag: -1, lemma: '',
  }
}

/**
 * Hash every word once. `ambiguity` maps a lower-cased form to its ambiguity class (the tags it had in
 * training): the classes of the next words stand in for the tags a left-to-right tagger cannot see yet.
 * `cache` (optional) keeps the hashes of words already seen with the same tables. `clusters` (optional, word →
 * `packClusters` value) turns on the cluster features. `entries` (optional) receives each word's cache entry.
 */
export function hashWords(words: readonly string[], ambiguity?: ReadonlyMap<string, number>, fixed?: ReadonlyMap<string, number>, cache?: WordHashCache,
  clusters?: ReadonlyMap<string, number>, entries?: WordEntry[]): WordHashes {
  const n = words.length
  // one buffer for all fourteen arrays: a typed array of more than 64 bytes gets a backing store of its own outside the
  // heap (an allocation and a finaliser for the collector each), while views on one buffer are plain heap objects
  const buf = new ArrayBuffer(14 * 4 * n)
  const at = (k: number) => new Uint32Array(buf, k * 4 * n, n)
  const h = {
    n, amb: at(0), fixed: new Int32Array(buf, 4 * n, n), clustered: clusters !== undefined && clusters.size > 0,
    clCoarse: at(2), clFine: at(3), clFinest: at(4), lower: at(5), form: at(6), suf1: at(7), suf2: at(8),
    suf3: at(9), suf4: at(10), pre1: at(11), pre2: at(12), shape: at(13),
  }
  for (let i = 0; i < n; i++) {
    const word = words[i]!
    let e = cache?.get(word)
    if (e === undefined) {
      e = hashWord(word, ambiguity, fixed, clusters)
      if (cache) { if (cache.size >= MAX_CACHED_WORDS) cache.clear(); cache.set(word, e) }
    }
    if (entries) entries[i] = e
    h.form[i] = e.form; h.lower[i] = e.lower; h.suf1[i] = e.suf1; h.suf2[i] = e.suf2; h.suf3[i] = e.suf3; h.suf4[i] = e.suf4
    h.pre1[i] = e.pre1; h.pre2[i] = e.pre2; h.shape[i] = e.shape; h.amb[i] = e.amb; h.fixed[i] = e.fixed
    h.clFinest[i] = e.cl & 0x7ff; h.clFine[i] = (e.cl >>> 11) & 0x1ff; h.clCoarse[i] = e.cl >>> 20
  }
  return h
}
