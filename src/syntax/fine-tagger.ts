/**
 * Second tagging pass over fine tags: a UPOS + Penn Treebank XPOS class ("VERB/VBN", "ADP/RP", "PRON/WDT").
 * After the left-to-right UPOS tagger, one averaged-perceptron decision per word that sees the first pass's
 * tags on both sides (what follows tells "VBD" from "VBN", a particle from a preposition). It chooses among
 * the fine tags of the UPOS tags the word had in training, so it may correct the first pass's UPOS too; the
 * fine tag is a feature of the parser and the labeller (the verb form is the classic lever for English parsing).
 * @module
 */
import { fnv1a, mix, mix3, mix4 } from './hash.js'
import type { WeightTable } from './perceptron.js'
import { MAX_TAGGER_FEATURES, taggerFeatures } from './tagger.js'
import type { WordHashes } from './words.js'

export const MAX_FINE_FEATURES = MAX_TAGGER_FEATURES + 12
/** Value of a missing tag (before the sentence start, after its end). */
const NO = 0x3c6ef372

export interface FineTagger {
  readonly weights: WeightTable
  readonly mask: number
  readonly nFine: number
  /** The UPOS tag index of each fine tag. */
  readonly upos: Int32Array
  /** The fine tags a frequent word had in training, by the hash of its lower-cased form (`WordHashes.lower`). */
  readonly known: ReadonlyMap<number, Int32Array>
  /** The fine tags of each UPOS tag: the choices for a word not in `known`. */
  readonly byUpos: readonly Int32Array[]
  /** Per UPOS: the candidates of known words (word hash → fine tags), built on first use. */
  readonly unions: readonly Map<number, Int32Array>[]
}

/**
 * `known`: lower-cased normalised form → the fine tags it had in training (words seen often enough; see
 * `fineAmbiguity`). A word with one known fine tag is not scored at all, so most words cost nothing.
 */
export function fineTagger(weights: WeightTable, bits: number, fineUpos: readonly number[], known: Readonly<Record<string, readonly number[]>> = {}): FineTagger {
  const nUpos = Math.max(-1, ...fineUpos) + 1
  const byUpos = Array.from({ length: nUpos }, (_, u) => Int32Array.from(fineUpos.flatMap((v, f) => (v === u ? [f] : []))))
  const map = new Map(Object.entries(known).map(([form, fs]) => [fnv1a(form), Int32Array.from(fs)]))
  const unions = byUpos.map(() => new Map<number, Int32Array>())
  return { weights, mask: (1 << bits) - 1, nFine: fineUpos.length, upos: Int32Array.from(fineUpos), known: map, byUpos, unions }
}

/**
 * The fine tags word i may get: those of the first pass's UPOS (a verb may be any verb form, whatever forms the
 * word had in training) and, for a known word, the other fine tags it had in training (which may change its UPOS).
 */
export function candidatesFor(m: FineTagger, w: WordHashes, tags: Int32Array, i: number): Int32Array {
  const u = tags[i]!
  const known = m.known.get(w.lower[i]!)
  if (known === undefined) return m.byUpos[u]!
  const cache = m.unions[u]!
  let c = cache.get(w.lower[i]!)
  if (c === undefined) {
    c = Int32Array.from(new Set([...m.byUpos[u]!, ...known])).sort()
    cache.set(w.lower[i]!, c)
  }
  return c
}

/** Fine tags of each word (lower-cased normalised form) seen at least `minCount` times, counting a tag it had at least twice. */
export function fineAmbiguity(words: Iterable<{ key: string; fine: number }>, minCount = 3): Record<string, number[]> {
  const seen = new Map<string, Map<number, number>>()
  for (const w of words) {
    const c = seen.get(w.key) ?? new Map<number, number>()
    c.set(w.fine, (c.get(w.fine) ?? 0) + 1)
    seen.set(w.key, c)
  }
  const out: Record<string, number[]> = {}
  for (const [k, c] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if ([...c.values()].reduce((a, b) => a + b, 0) < minCount) continue
    const fs = [...c].filter(([, n]) => n >= 2).map(([f]) => f).sort((a, b) => a - b)
    if (fs.length > 0) out[k] = fs
  }
  return out
}

function tagOr(tags: Int32Array, j: number): number {
  return j < 0 ? NO : j >= tags.length ? NO + 1 : tags[j]! + 1
}

/** Features of word i: the first pass's own features, then the first-pass tags around it and the fine tag chosen on its left. */
export function fineFeatures(w: WordHashes, i: number, tags: Int32Array, prevFine: number, out: Uint32Array): number {
  let k = taggerFeatures(w, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, out)
  const u0 = tags[i]! + 1, n1 = tagOr(tags, i + 1), n2 = tagOr(tags, i + 2), p1 = tagOr(tags, i - 1)
  const lw = w.lower[i]!
  out[k++] = mix(60, u0); out[k++] = mix3(61, u0, lw); out[k++] = mix(62, n1); out[k++] = mix3(63, n1, n2)
  out[k++] = mix3(64, lw, n1); out[k++] = mix4(65, p1, u0, n1); out[k++] = mix3(66, w.suf3[i]!, n1); out[k++] = mix3(70, u0, n1)
  out[k++] = mix(67, prevFine); out[k++] = mix3(68, prevFine, n1); out[k++] = mix4(69, prevFine, lw, n1)
  return k
}

const ROWS = new Int32Array(MAX_FINE_FEATURES)

/** The best-scoring candidate (ties → the first). */
export function bestCandidate(weights: WeightTable, mask: number, nFine: number, feats: Uint32Array, n: number, cands: Int32Array): number {
  for (let i = 0; i < n; i++) ROWS[i] = (feats[i]! & mask) * nFine
  let best = cands[0]!
  let bestScore = -Infinity
  for (let j = 0; j < cands.length; j++) {
    const c = cands[j]!
    let sum = 0
    for (let i = 0; i < n; i++) sum += weights[ROWS[i]! + c]!
    if (sum > bestScore) { bestScore = sum; best = c }
  }
  return best
}

/** Fine tags of a sentence from the first pass's UPOS tags; `upos` receives the UPOS of each (may differ from the first pass). */
export function tagFine(m: FineTagger, w: WordHashes, tags: Int32Array, upos: Int32Array): Int32Array {
  const fine = new Int32Array(w.n)
  const feats = new Uint32Array(MAX_FINE_FEATURES)
  for (let i = 0; i < w.n; i++) {
    const cands = candidatesFor(m, w, tags, i)
    let f = cands[0]!
    if (cands.length > 1) {
      const k = fineFeatures(w, i, tags, i > 0 ? fine[i - 1]! + 1 : NO, feats)
      f = bestCandidate(m.weights, m.mask, m.nFine, feats, k, cands)
    }
    fine[i] = f
    upos[i] = m.upos[f]!
  }
  return fine
}
