/**
 * The dependency labeller: given a finished unlabelled tree, one averaged
 * perceptron decision per arc. Splitting the label off the transition keeps the
 * parser to 3 classes (several times faster than scoring ~100 labelled moves
 * per step); the labeller sees the whole tree, so a dependent's case marker
 * ("by" → obl:agent), its head's auxiliaries ("was" + participle → nsubj:pass)
 * and its siblings are all features.
 * @module
 */
import { mix, mix3, mix4 } from './hash.js'
import { argmax, scoreInto, type WeightTable } from './perceptron.js'
import type { WordHashes } from './words.js'

/** Room for the labeller's features plus the label-history ones of a parser that labels as it attaches (`state-labeller.ts`). */
export const MAX_LABEL_FEATURES = 80
/** The budget the head's-children features are capped against (unchanged, so a model labels as before). */
const CAP_BASE = 72
const NONE = 0x1b873593
const ROOT = 0x2545f491

/** Children of every word (1-based, 0 = root), in order. */
export function childrenOf(heads: ArrayLike<number>, n: number): number[][] {
  const kids: number[][] = Array.from({ length: n + 1 }, () => [])
  for (let d = 1; d <= n; d++) { const h = heads[d]!; if (h >= 0) kids[h]!.push(d) }
  return kids
}

/** Word hash of p (1-based), with the root and missing words as values of their own. */
function wordAt(w: WordHashes, p: number): number {
  return p <= 0 || p > w.n ? (p === 0 ? ROOT : NONE) : w.lower[p - 1]!
}

/** Tag (+1) of p (1-based), with the root and missing words as values of their own. */
function tagAt(tags: Int32Array, p: number): number {
  return p <= 0 || p > tags.length ? (p === 0 ? ROOT : NONE) : tags[p - 1]! + 1
}

/** Word clusters of the dependent and the head (fine ids; 0x7fff for the root). */
function clusterFeatures(w: WordHashes, d: number, h: number, dt: number, ht: number, dir: number, out: Uint32Array, k: number): number {
  const dc = w.clFine[d - 1]!, hc = h > 0 ? w.clFine[h - 1]! : 0x7fff
  out[k++] = mix3(24, dc, dt); out[k++] = mix4(25, dc, hc, dir); out[k++] = mix4(26, hc, dt, dir); out[k++] = mix4(27, dc, ht, dir)
  return k
}

// The features come in groups short enough for V8 to inline every hash (920 bytes of bytecode per optimised function:
// mix 63, mix3 92, mix4 121, wordAt 47, tagAt 45); a hash left out of line returns its value boxed, an allocation for
// most values. The features and their order are those of one function.

/** The arc's dependent and head: words, tags, direction (features 1–8). */
function arcFeatures(w: WordHashes, tags: Int32Array, _heads: ArrayLike<number>, _kids: number[][], d: number, h: number, dir: number, out: Uint32Array, k: number): number {
  const dw = wordAt(w, d), dt = tagAt(tags, d), hw = wordAt(w, h), ht = tagAt(tags, h)
  out[k++] = mix(1, dw); out[k++] = mix(2, dt); out[k++] = mix3(3, dw, dt); out[k++] = mix3(4, w.suf3[d - 1]!, dt)
  out[k++] = mix3(5, hw, dir); out[k++] = mix3(6, ht, dir)
  return k
}

/** Pairs of the two words and tags, distance (features 7–11). */
function arcPairs(w: WordHashes, tags: Int32Array, _heads: ArrayLike<number>, _kids: number[][], d: number, h: number, dir: number, out: Uint32Array, k: number): number {
  const dw = wordAt(w, d), dt = tagAt(tags, d), hw = wordAt(w, h), ht = tagAt(tags, h)
  const dist = Math.min(Math.abs(h - d), 6)
  out[k++] = mix4(7, dt, ht, dir); out[k++] = mix4(8, dw, ht, dir)
  out[k++] = mix4(9, dt, hw, dir); out[k++] = mix4(10, dw, hw, dir); out[k++] = mix4(11, dt, ht, dist * 4 + dir)
  return k
}

/** The grandparent, neighbours, suffix and shape (features 12–16). */
function arcContext(w: WordHashes, tags: Int32Array, heads: ArrayLike<number>, _kids: number[][], d: number, h: number, dir: number, out: Uint32Array, k: number): number {
  const dt = tagAt(tags, d), ht = tagAt(tags, h)
  out[k++] = mix4(12, dt, tagAt(tags, heads[h] ?? -1), ht); out[k++] = mix4(13, dt, tagAt(tags, d - 1), tagAt(tags, d + 1))
  out[k++] = mix3(14, wordAt(w, d - 1), dt)
  out[k++] = mix3(15, w.suf3[h - 1] ?? NONE, dir); out[k++] = mix4(16, dt, ht, w.shape[d - 1]!)
  return k
}

/** The dependent's own children: case markers, marks, determiners (features 17–19). */
function dependentKids(w: WordHashes, tags: Int32Array, _heads: ArrayLike<number>, kids: number[][], d: number, _h: number, _dir: number, out: Uint32Array, k: number): number {
  const dt = tagAt(tags, d), dk = kids[d]!
  out[k++] = mix4(17, dt, dk.length > 0 ? tagAt(tags, dk[0]!) : NONE, dk.length > 0 ? wordAt(w, dk[0]!) : NONE)
  for (let i = 0; i < dk.length && i < 6; i++) {
    const c = dk[i]!
    out[k++] = mix4(18, dt, wordAt(w, c), c < d ? 1 : 2)
    out[k++] = mix4(19, dt, tagAt(tags, c), c < d ? 1 : 2)
  }
  return k
}

/** The head's other children: auxiliaries, other subjects/objects, order among them (features 20–23). */
function headKids(w: WordHashes, tags: Int32Array, _heads: ArrayLike<number>, kids: number[][], d: number, h: number, dir: number, out: Uint32Array, k: number): number {
  const dt = tagAt(tags, d), ht = tagAt(tags, h), dk = kids[d]!, hk = h > 0 ? kids[h]! : NO_KIDS
  let before = 0
  // (the cap of a model without clusters is unchanged, so it labels as before)
  const cap = w.clustered ? CAP_BASE - 8 : CAP_BASE - 12
  for (let i = 0; i < hk.length && k < cap; i++) {
    const c = hk[i]!
    if (c === d) continue
    const side = c < d ? 1 : 2
    if (c < d && c > Math.min(h, d)) before++
    out[k++] = mix4(20, dt, wordAt(w, c), side + (c < h ? 0 : 4))
    out[k++] = mix4(21, mix(dt, dir), tagAt(tags, c), side + (c < h ? 0 : 4))
  }
  out[k++] = mix4(22, dt, ht, Math.min(before, 3) * 4 + dir)
  out[k++] = mix3(23, dt, Math.min(dk.length, 4))
  return k
}

const NO_KIDS: readonly number[] = []

type Group = (w: WordHashes, tags: Int32Array, heads: ArrayLike<number>, kids: number[][], d: number, h: number, dir: number, out: Uint32Array, k: number) => number
/** Called through one call site with several targets, which V8 does not inline (a group inlined into its caller would spend the caller's budget). */
const BEFORE_CLUSTERS: readonly Group[] = [arcFeatures, arcPairs, arcContext]
const AFTER_CLUSTERS: readonly Group[] = [dependentKids, headKids]

function runGroups(groups: readonly Group[], w: WordHashes, tags: Int32Array, heads: ArrayLike<number>, kids: number[][], d: number, h: number, dir: number, out: Uint32Array, k: number): number {
  for (let g = 0; g < groups.length; g++) k = groups[g]!(w, tags, heads, kids, d, h, dir, out, k)
  return k
}

/** Features of the arc h → d (1-based words, h = 0 for the root). */
export function labelFeatures(w: WordHashes, tags: Int32Array, heads: ArrayLike<number>, kids: number[][], d: number, out: Uint32Array, fine?: Int32Array): number {
  const h = heads[d]!
  const dir = d < h ? 1 : 2
  let k = runGroups(BEFORE_CLUSTERS, w, tags, heads, kids, d, h, dir, out, 0)
  if (w.clustered) k = clusterFeatures(w, d, h, tagAt(tags, d), tagAt(tags, h), dir, out, k)
  k = runGroups(AFTER_CLUSTERS, w, tags, heads, kids, d, h, dir, out, k)
  if (fine === undefined) return k
  // fine tags (UPOS + XPOS) of the dependent and the head: the verb form tells acl from relcl, nsubj:pass from nsubj
  const df = tagAt(fine, d), hf = tagAt(fine, h)
  out[k++] = mix3(30, df, dir); out[k++] = mix4(31, df, hf, dir); out[k++] = mix4(32, df, wordAt(w, h), dir); out[k++] = mix4(33, wordAt(w, d), hf, dir)
  return k
}

export interface LabellerWeights {
  readonly weights: WeightTable
  readonly mask: number
  readonly nLabels: number
  readonly rootLabel: number
  /** Labels seen in training for (dependent tag, head tag, direction), by `labelOptionKey`; an unseen combination allows all. */
  readonly options?: ReadonlyMap<number, readonly number[]>
}

/** Key of the (dependent tag, head tag, side) combination an arc's label options are stored under. */
export function labelOptionKey(depTag: number, headTag: number, depFirst: boolean): number {
  return (depTag * 64 + headTag) * 2 + (depFirst ? 1 : 0)
}

/** Row offsets of the features, computed once per arc rather than once per option. */
const ROWS = new Int32Array(MAX_LABEL_FEATURES)

/** Best label among the options only: most arcs have a handful of possible labels, so this skips most of the ~50 rows' columns. */
function bestOption(w: WeightTable, mask: number, nLabels: number, feats: Uint32Array, n: number, options: readonly number[]): number {
  const rows = ROWS
  for (let i = 0; i < n; i++) rows[i] = (feats[i]! & mask) * nLabels
  let best = options[0]!
  let bestScore = -Infinity
  for (const c of options) {
    let sum = 0
    for (let i = 0; i < n; i++) sum += w[rows[i]! + c]!
    if (sum > bestScore) { bestScore = sum; best = c }
  }
  return best
}

/** The label for an arc among `options` (the labels seen in training for its tags and side; all but the root when none). */
export function bestLabel(m: LabellerWeights, feats: Uint32Array, n: number, options: readonly number[] | undefined, scores: Float64Array): number {
  if (options && options.length > 0) return bestOption(m.weights, m.mask, m.nLabels, feats, n, options)
  scoreInto(m.weights, m.mask, m.nLabels, feats, n, scores)
  return argmax(scores, m.nLabels, (c) => c !== m.rootLabel)
}

/** Scratch buffers of `labelTree`, reused by every call (it is synchronous: no two calls use them at once). */
const FEATS = new Uint32Array(MAX_LABEL_FEATURES)
let SCORES = new Float64Array(0)

/** Label every arc of a tree (1-based heads); the root word gets the root label. */
export function labelTree(m: LabellerWeights, w: WordHashes, tags: Int32Array, heads: Int32Array, fine?: Int32Array): Int32Array {
  const n = w.n
  const kids = childrenOf(heads, n)
  const labels = new Int32Array(n + 1)
  const feats = FEATS
  if (SCORES.length < m.nLabels) SCORES = new Float64Array(m.nLabels)
  const scores = SCORES
  for (let d = 1; d <= n; d++) {
    if (heads[d] === 0) { labels[d] = m.rootLabel; continue }
    const h = heads[d]!
    const options = m.options?.get(labelOptionKey(tags[d - 1]!, tags[h - 1]!, d < h))
    // one label seen in training for this pair of tags (punctuation, most determiners): it wins without a score
    if (options?.length === 1) { labels[d] = options[0]!; continue }
    labels[d] = bestLabel(m, feats, labelFeatures(w, tags, heads, kids, d, feats, fine), options, scores)
  }
  return labels
}
