/**
 * Greedy left-to-right UPOS tagger: an averaged perceptron over hashed features
 * of the word, its affixes and shape, two words either side, and the two tags
 * already predicted on the left (Collins 2002; Honnibal's "200 lines" recipe).
 * @module
 */
import { mix, mix3, mix4 } from './hash.js'
import { argmax, scoreInto, type WeightTable } from './perceptron.js'
import { PAD_END, PAD_START, type WordHashes } from './words.js'

export const MAX_TAGGER_FEATURES = 40
/** Hash of the "no tag yet" value before the sentence start. */
const NO_TAG = 0x5bd1e995

function at(a: Uint32Array, i: number, n: number): number {
  return i < 0 ? PAD_START : i >= n ? PAD_END : a[i]!
}

/** Features of word i given the previous two predicted tags (tag indices + 1, 0 = none). Returns the count. */
export function taggerFeatures(w: WordHashes, i: number, p1: number, p2: number, out: Uint32Array): number {
  const n = w.n
  const t1 = p1 < 0 ? NO_TAG : p1 + 1
  const t2 = p2 < 0 ? NO_TAG : p2 + 1
  const lw = w.lower[i]!
  let k = 0
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
  out[k++] = mix(11, t1)
  out[k++] = mix3(12, t1, t2)
  out[k++] = mix3(13, t1, lw)
  out[k++] = mix(14, at(w.lower, i - 1, n))
  out[k++] = mix(15, at(w.suf3, i - 1, n))
  out[k++] = mix(16, at(w.lower, i - 2, n))
  out[k++] = mix(17, at(w.lower, i + 1, n))
  out[k++] = mix(18, at(w.suf3, i + 1, n))
  out[k++] = mix(19, at(w.lower, i + 2, n))
  out[k++] = mix(20, at(w.shape, i + 1, n))
  out[k++] = mix(21, at(w.shape, i - 1, n))
  out[k++] = mix3(22, t1, at(w.lower, i + 1, n))
  out[k++] = mix3(23, lw, at(w.lower, i + 1, n))
  out[k++] = mix3(24, lw, at(w.lower, i - 1, n))
  out[k++] = mix3(25, i === 0 ? 1 : 0, w.shape[i]!)
  out[k++] = mix3(26, at(w.suf2, i + 1, n), w.suf3[i]!)
  out[k++] = mix3(27, t1, w.suf3[i]!)
  out[k++] = mix(28, at(w.suf2, i + 2, n))
  const amb = (j: number) => j < 0 || j >= n ? 0xffffffff : w.amb[j]!
  out[k++] = mix(29, amb(i))
  out[k++] = mix3(30, amb(i), amb(i + 1))
  out[k++] = mix3(31, amb(i + 1), amb(i + 2))
  out[k++] = mix3(32, t1, amb(i))
  out[k++] = mix3(33, lw, amb(i + 1))
  out[k++] = mix4(34, t1, amb(i), amb(i + 1))
  return k
}

export interface TaggerWeights {
  readonly weights: WeightTable
  readonly mask: number
  readonly nTags: number
}

/** Tag a sentence: tag indices, one per word. */
export function tagWords(m: TaggerWeights, w: WordHashes): Int32Array {
  const tags = new Int32Array(w.n)
  const feats = new Uint32Array(MAX_TAGGER_FEATURES)
  const scores = new Float64Array(m.nTags)
  for (let i = 0; i < w.n; i++) {
    if (w.fixed[i]! >= 0) { tags[i] = w.fixed[i]!; continue }
    const n = taggerFeatures(w, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, feats)
    scoreInto(m.weights, m.mask, m.nTags, feats, n, scores)
    tags[i] = argmax(scores, m.nTags)
  }
  return tags
}
