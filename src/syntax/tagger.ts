/**
 * Greedy left-to-right UPOS tagger: an averaged perceptron over hashed features
 * of the word, its affixes and shape, two words either side, and the two tags
 * already predicted on the left (Collins 2002; Honnibal's "200 lines" recipe).
 * @module
 */
import { mix, mix3, mix4 } from './hash.js'
import { argmax, scoreInto, type WeightTable } from './perceptron.js'
import { PAD_END, PAD_START, type WordHashes } from './words.js'

export const MAX_TAGGER_FEATURES = 48
/** Hash of the "no tag yet" value before the sentence start. */
const NO_TAG = 0x5bd1e995

function at(a: Uint32Array, i: number, n: number): number {
  return i < 0 ? PAD_START : i >= n ? PAD_END : a[i]!
}

/** Ambiguity class of word j, with a value of its own outside the sentence. */
function ambAt(w: WordHashes, j: number): number {
  return j < 0 || j >= w.n ? 0xffffffff : w.amb[j]!
}

/** Features of the word itself and its neighbours' words (the first half: short enough for V8 to inline the hashing). */
function wordFeatures(w: WordHashes, i: number, _t1: number, _t2: number, out: Uint32Array, k: number): number {
  const lw = w.lower[i]!
  out[k++] = mix(1, 0)
  out[k++] = mix(2, lw)
  out[k++] = mix(3, w.form[i]!)
  out[k++] = mix(4, w.suf1[i]!)
  out[k++] = mix(5, w.suf2[i]!)
  out[k++] = mix(6, w.suf3[i]!)
  out[k++] = mix(7, w.suf4[i]!)
  out[k++] = mix(8, w.pre1[i]!)
  out[k++] = mix(9, w.pre2[i]!)
  out[k++] = mix(10, w.shape[i]!)
  return k
}

/** Features of the context: previous tags, neighbouring words, affixes, shapes and ambiguity classes (the second half). */
function contextFeatures(w: WordHashes, i: number, t1: number, t2: number, out: Uint32Array, k: number): number {
  const n = w.n
  out[k++] = mix(11, t1)
  out[k++] = mix3(12, t1, t2)
  out[k++] = mix3(13, t1, w.lower[i]!)
  out[k++] = mix(14, at(w.lower, i - 1, n))
  out[k++] = mix(15, at(w.suf3, i - 1, n))
  out[k++] = mix(16, at(w.lower, i - 2, n))
  return k
}

// (each group short enough for V8 to inline every hash: 920 bytes of bytecode per optimised function, mix 63, mix3
// 92, mix4 121, `at` 33; a hash left out of line returns its value boxed, an allocation for most values)
function contextFeatures2(w: WordHashes, i: number, _t1: number, _t2: number, out: Uint32Array, k: number): number {
  const n = w.n
  out[k++] = mix(17, at(w.lower, i + 1, n))
  out[k++] = mix(18, at(w.suf3, i + 1, n))
  out[k++] = mix(19, at(w.lower, i + 2, n))
  out[k++] = mix(20, at(w.shape, i + 1, n))
  out[k++] = mix(21, at(w.shape, i - 1, n))
  return k
}

function contextFeatures3(w: WordHashes, i: number, t1: number, _t2: number, out: Uint32Array, k: number): number {
  const n = w.n
  const lw = w.lower[i]!
  out[k++] = mix3(22, t1, at(w.lower, i + 1, n))
  out[k++] = mix3(23, lw, at(w.lower, i + 1, n))
  out[k++] = mix3(24, lw, at(w.lower, i - 1, n))
  return k
}

function ambiguityFeatures(w: WordHashes, i: number, t1: number, _t2: number, out: Uint32Array, k: number): number {
  const n = w.n
  out[k++] = mix3(25, i === 0 ? 1 : 0, w.shape[i]!)
  out[k++] = mix3(26, at(w.suf2, i + 1, n), w.suf3[i]!)
  out[k++] = mix3(27, t1, w.suf3[i]!)
  out[k++] = mix(28, at(w.suf2, i + 2, n))
  const a0 = ambAt(w, i)
  out[k++] = mix(29, a0)
  return k
}

function ambiguityFeatures2(w: WordHashes, i: number, t1: number, _t2: number, out: Uint32Array, k: number): number {
  const a0 = ambAt(w, i), a1 = ambAt(w, i + 1)
  out[k++] = mix3(30, a0, a1)
  out[k++] = mix3(31, a1, ambAt(w, i + 2))
  out[k++] = mix3(32, t1, a0)
  out[k++] = mix3(33, w.lower[i]!, a1)
  out[k++] = mix4(34, t1, a0, a1)
  return k
}

/** Cluster of word j at one granularity, with a value of its own outside the sentence. */
function clAt(a: Uint32Array, j: number, n: number): number {
  return j < 0 ? 0x7fff : j >= n ? 0x7ffe : a[j]!
}

/** Word clusters (Koo et al. 2008): the word's at three granularities, its neighbours', and with the previous tag. */
function clusterFeatures(w: WordHashes, i: number, t1: number, _t2: number, out: Uint32Array, k: number): number {
  const n = w.n
  const f0 = w.clFine[i]!, fn = clAt(w.clFine, i + 1, n)
  out[k++] = mix(35, f0); out[k++] = mix(36, w.clFinest[i]!); out[k++] = mix3(37, w.clCoarse[i]!, w.suf2[i]!)
  out[k++] = mix3(38, t1, f0); out[k++] = mix(39, fn); out[k++] = mix(40, clAt(w.clFine, i - 1, n))
  out[k++] = mix3(41, f0, fn); out[k++] = mix(42, clAt(w.clCoarse, i + 2, n))
  return k
}

type Group = (w: WordHashes, i: number, t1: number, t2: number, out: Uint32Array, k: number) => number
/** Called through one call site with several targets, which V8 does not inline (a group inlined into its caller would spend the caller's budget). */
const GROUPS: readonly Group[] = [wordFeatures, contextFeatures, contextFeatures2, contextFeatures3, ambiguityFeatures, ambiguityFeatures2]

function runGroups(groups: readonly Group[], w: WordHashes, i: number, t1: number, t2: number, out: Uint32Array, k: number): number {
  for (let g = 0; g < groups.length; g++) k = groups[g]!(w, i, t1, t2, out, k)
  return k
}

/** Features of word i given the previous two predicted tags (tag indices, -1 = none). Returns the count. */
export function taggerFeatures(w: WordHashes, i: number, p1: number, p2: number, out: Uint32Array): number {
  const t1 = p1 < 0 ? NO_TAG : p1 + 1
  const t2 = p2 < 0 ? NO_TAG : p2 + 1
  const k = runGroups(GROUPS, w, i, t1, t2, out, 0)
  return w.clustered ? clusterFeatures(w, i, t1, t2, out, k) : k
}

export interface TaggerWeights {
  readonly weights: WeightTable
  readonly mask: number
  readonly nTags: number
}

/** Scratch buffers of `tagWords`, reused by every call (it is synchronous: no two calls use them at once). */
const FEATS = new Uint32Array(MAX_TAGGER_FEATURES)
let SCORES = new Float64Array(0)

/** Tag a sentence: tag indices, one per word. */
export function tagWords(m: TaggerWeights, w: WordHashes): Int32Array {
  const tags = new Int32Array(w.n)
  const feats = FEATS
  if (SCORES.length < m.nTags) SCORES = new Float64Array(m.nTags)
  const scores = SCORES
  for (let i = 0; i < w.n; i++) {
    if (w.fixed[i]! >= 0) { tags[i] = w.fixed[i]!; continue }
    const n = taggerFeatures(w, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, feats)
    scoreInto(m.weights, m.mask, m.nTags, feats, n, scores)
    tags[i] = argmax(scores, m.nTags)
  }
  return tags
}
