/**
 * Training of the event scorer: L2-regularised logistic regression by AdaGrad over examples in a fixed order
 * (deterministic: the same examples give the same weights). Features seen fewer than `minCount` times are left out.
 * The order is a hash of each example's own key (its event id, or its article and features), never of its index, so
 * adding or removing an example moves no other; `orders` models, each trained in its own seeded order, are averaged
 * into one (same size and speed), which evens out what is left of the order's noise (twenty-first session).
 * @module
 */
import type { ScorerModel } from './model.js'

export interface Example {
  readonly features: readonly string[]
  readonly label: 0 | 1
  /** The article the event came from (cross-validation folds are by article). */
  readonly group: string
  /** The example's natural key (an event id: article, cue, code); its place in the training order is a hash of it. */
  readonly key?: string
}

export interface TrainOptions {
  readonly epochs?: number
  readonly rate?: number
  readonly l2?: number
  readonly minCount?: number
  /**
   * Features seen in fewer articles (example groups) than this are left out too (twenty-eighth session): a cue lemma
   * met in two articles, both negative, otherwise takes the weight a lemma met in a hundred would ("infiltrate",
   * −1.46 in all on two events, dropped the seeds' plain attempt). Unset: no such floor.
   */
  readonly minArticles?: number
  /** Which features the article floor applies to (unset: every feature); the event scorer floors its word features. */
  readonly floored?: (f: string) => boolean
  /**
   * A feature seen in fewer examples than this is regularised as if it had been seen this many times (twenty-ninth
   * session): AdaGrad applies the L2 at each occurrence, so a feature's pull towards 0 grows with its count as its data
   * does, and a conjunction met a dozen times could weigh as much as one met a thousand ("splitbase|actor=17>18|ORG"
   * 0.63 → 0.15 when three parts were added, which turned a seed's 173 into 190). Its L2 per occurrence is scaled by
   * `l2Count / count`, so its pull per epoch is at least that of a feature seen `l2Count` times. Unset or 0: none.
   */
  readonly l2Count?: number
  /** Which features the count-scaled L2 applies to (unset: every feature); the event scorer scales its reading-change features. */
  readonly l2Scaled?: (f: string) => boolean
  /**
   * How many seeded orders of the examples' natural keys to train in and average; unset or 0: the one order of before,
   * a hash of each example's index (the party ranker, src/events/parties/train.ts, orders its lists the same way).
   */
  readonly orders?: number
}

/** A stable pseudo-random order (FNV-1a of a key), so training never depends on Math.random. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0 }
  return h
}

/**
 * The cross-validation fold of a key (an article or a part) among `folds`. Repeat 0 is the folds every training script
 * has used (`stableHash(key) % folds`); repeat r > 0 hashes the key with r, another partition of the same size, so a
 * measurement can be averaged over retrains on shifted folds (scripts/train-events.ts `--repeats`).
 */
export const foldOf = (key: string, folds: number, repeat = 0): number => stableHash(repeat > 0 ? `fold${repeat}:${key}` : key) % folds

/** The seeds of `orders` training orders; unset or 0: one run, `undefined` (the order of before, by index). */
export const orderSeeds = (orders: number | undefined): Array<number | undefined> =>
  orders ? Array.from({ length: orders }, (_, seed) => seed) : [undefined]

/** Items sorted by a stable hash of each one's key (ties keep their relative order). */
export function hashOrder<T>(items: readonly T[], key: (x: T, i: number) => string): T[] {
  return items.map((x, i) => ({ x, k: stableHash(key(x, i)) })).sort((a, b) => a.k - b.k).map((p) => p.x)
}

/** The mean of several runs' weights, summed in run order. */
export function meanWeights(runs: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const sum = new Map<string, number>()
  for (const r of runs) for (const [f, v] of r) sum.set(f, (sum.get(f) ?? 0) + v / runs.length)
  return sum
}

/**
 * The examples in the seeded order of their natural keys (ties, identical examples, keep their relative order);
 * `seed` undefined: the order of before, by index.
 */
function ordered(examples: readonly Example[], seed: number | undefined): Example[] {
  return hashOrder(examples, seed === undefined
    ? (x, i) => `${i}:${x.group}:${x.features.join('|')}`
    : (x) => `${seed}:${x.group}:${x.key ?? x.features.join('|')}:${x.label}`)
}

interface Weights { bias: number; w: Map<string, number> }

/** In how many of the given feature lists each feature occurs (each list counted once). */
export function featureCounts(lists: Iterable<Iterable<string>>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const l of lists) for (const f of new Set(l)) counts.set(f, (counts.get(f) ?? 0) + 1)
  return counts
}

/** The features to train on: those in at least `minCount` of the given feature lists (each list counted once). */
export function keptFeatures(lists: Iterable<Iterable<string>>, minCount = 2): (f: string) => boolean {
  const counts = featureCounts(lists)
  return (f) => (counts.get(f) ?? 0) >= minCount
}

/** Each feature's L2 per occurrence: `l2`, scaled up by `l2Count / count` for a feature `scaled` names seen fewer than `l2Count` times. */
export function countScaledL2(counts: ReadonlyMap<string, number>, l2: number, l2Count: number | undefined, scaled: (f: string) => boolean = () => true): (f: string) => number {
  if (!l2Count) return () => l2
  return (f) => (scaled(f) ? l2 * Math.max(1, l2Count / Math.max(1, counts.get(f) ?? 1)) : l2)
}

/** The features in at least `minArticles` distinct groups (articles) of the examples. */
export function keptByArticles(examples: readonly Example[], minArticles: number): (f: string) => boolean {
  const seen = new Map<string, Set<string>>()
  for (const x of examples) for (const f of x.features) { let g = seen.get(f); if (!g) seen.set(f, (g = new Set())); g.add(x.group) }
  return (f) => (seen.get(f)?.size ?? 0) >= minArticles
}

/** One AdaGrad update of feature `f` by the loss gradient `d`, L2-regularised. */
export function adagrad(w: Map<string, number>, g2: Map<string, number>, f: string, d: number, rate: number, l2: number): void {
  const wf = w.get(f) ?? 0
  const g = d + l2 * wf
  const acc = (g2.get(f) ?? 0) + g * g
  g2.set(f, acc)
  w.set(f, wf - (rate * g) / Math.sqrt(acc + 1e-8))
}

/** Weights as a model file stores them: by name, rounded to 1e-4, those that round to nothing left out. */
export function storedWeights(w: ReadonlyMap<string, number>): Record<string, number> {
  const weights: Record<string, number> = {}
  for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= 1e-4) weights[f] = Math.round(v * 1e4) / 1e4
  return weights
}

/** One AdaGrad run over the examples in one order. */
function trainOnce(order: readonly Example[], keep: (f: string) => boolean, epochs: number, rate: number, l2: (f: string) => number): Weights {
  const w = new Map<string, number>()
  const g2 = new Map<string, number>()
  let bias = 0
  let biasG2 = 0
  const feats = order.map((x) => [...new Set(x.features)].filter(keep))
  const l2s = feats.map((fs) => fs.map(l2))
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = 0; i < order.length; i++) {
      const fs = feats[i]!
      let s = bias
      for (const f of fs) s += w.get(f) ?? 0
      const err = 1 / (1 + Math.exp(-s)) - order[i]!.label
      biasG2 += err * err
      bias -= (rate * err) / Math.sqrt(biasG2 + 1e-8)
      const ls = l2s[i]!
      for (let j = 0; j < fs.length; j++) adagrad(w, g2, fs[j]!, err, rate, ls[j]!)
    }
  }
  return { bias, w }
}

export function trainScorer(examples: readonly Example[], threshold: number, o: TrainOptions = {}): ScorerModel {
  const epochs = o.epochs ?? 30
  const rate = o.rate ?? 0.3
  const l2 = o.l2 ?? 1e-3
  const counts = featureCounts(examples.map((x) => x.features))
  const byCount = (f: string) => (counts.get(f) ?? 0) >= (o.minCount ?? 2)
  const l2Of = countScaledL2(counts, l2, o.l2Count, o.l2Scaled)
  const byArticles = o.minArticles ? keptByArticles(examples, o.minArticles) : undefined
  const floored = o.floored ?? (() => true)
  const keep = byArticles ? (f: string) => byCount(f) && (!floored(f) || byArticles(f)) : byCount
  const runs = orderSeeds(o.orders).map((seed) => trainOnce(ordered(examples, seed), keep, epochs, rate, l2Of))
  const sum = meanWeights(runs.map((r) => r.w))
  const bias = runs.reduce((s, r) => s + r.bias / runs.length, 0)
  return { version: 1, bias: Math.round(bias * 1e4) / 1e4, weights: storedWeights(sum), threshold }
}
