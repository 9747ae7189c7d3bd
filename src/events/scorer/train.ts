/**
 * Training of the event scorer: L2-regularised logistic regression by AdaGrad over examples in a fixed order
 * (deterministic: the same examples give the same weights). Features seen fewer than `minCount` times are left out.
 * @module
 */
import type { ScorerModel } from './model.js'

export interface Example {
  readonly features: readonly string[]
  readonly label: 0 | 1
  /** The article the event came from (cross-validation folds are by article). */
  readonly group: string
}

export interface TrainOptions {
  readonly epochs?: number
  readonly rate?: number
  readonly l2?: number
  readonly minCount?: number
}

/** A stable pseudo-random order (FNV-1a of a key), so training never depends on Math.random. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0 }
  return h
}

export function trainScorer(examples: readonly Example[], threshold: number, o: TrainOptions = {}): ScorerModel {
  const epochs = o.epochs ?? 30
  const rate = o.rate ?? 0.3
  const l2 = o.l2 ?? 1e-3
  const counts = new Map<string, number>()
  for (const x of examples) for (const f of new Set(x.features)) counts.set(f, (counts.get(f) ?? 0) + 1)
  const keep = (f: string) => (counts.get(f) ?? 0) >= (o.minCount ?? 2)
  const w = new Map<string, number>()
  const g2 = new Map<string, number>()
  let bias = 0
  let biasG2 = 0
  const order = examples.map((x, i) => ({ x, k: stableHash(`${i}:${x.group}:${x.features.join('|')}`) })).sort((a, b) => a.k - b.k).map((p) => p.x)
  for (let ep = 0; ep < epochs; ep++) {
    for (const x of order) {
      const fs = [...new Set(x.features)].filter(keep)
      let s = bias
      for (const f of fs) s += w.get(f) ?? 0
      const err = 1 / (1 + Math.exp(-s)) - x.label
      biasG2 += err * err
      bias -= (rate * err) / Math.sqrt(biasG2 + 1e-8)
      for (const f of fs) {
        const wf = w.get(f) ?? 0
        const g = err + l2 * wf
        const acc = (g2.get(f) ?? 0) + g * g
        g2.set(f, acc)
        w.set(f, wf - (rate * g) / Math.sqrt(acc + 1e-8))
      }
    }
  }
  const weights: Record<string, number> = {}
  for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= 1e-4) weights[f] = Math.round(v * 1e4) / 1e4
  return { version: 1, bias: Math.round(bias * 1e4) / 1e4, weights, threshold }
}
