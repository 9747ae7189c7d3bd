/**
 * Word clusters learned from unlabelled text (training time only): each
 * frequent word gets a vector of positive PMI with its left and right
 * neighbours, randomly projected to a few dimensions, then grouped with
 * seeded k-means at two granularities. Words used alike ("Baghdad",
 * "Mosul") share a cluster, so the model generalises to names it never saw
 * labelled.
 * @module
 */
import { seededRandom } from './trainer.js'

export interface ClusterOptions {
  readonly minCount: number
  readonly maxVocab: number
  readonly contexts: number
  readonly dims: number
  readonly fine: number
  readonly coarse: number
  readonly iterations: number
  readonly seed: number
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 4, maxVocab: 40000, contexts: 1500, dims: 64, fine: 256, coarse: 32, iterations: 8, seed: 7,
}

/** [word, fine cluster (1-based), coarse cluster (1-based)] for every clustered word. */
export type ClusterTable = Array<[string, number, number]>

export function learnClusters(sentences: Iterable<readonly string[]>, opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): ClusterTable {
  const freq = new Map<string, number>()
  const lowFreq = new Map<string, number>()
  const sents: Array<readonly string[]> = []
  for (const s of sentences) {
    sents.push(s)
    for (const w of s) {
      freq.set(w, (freq.get(w) ?? 0) + 1)
      const l = w.toLowerCase()
      lowFreq.set(l, (lowFreq.get(l) ?? 0) + 1)
    }
  }
  const byCount = <K>(m: Map<K, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const vocab = byCount(freq).filter(([, c]) => c >= opts.minCount).slice(0, opts.maxVocab).map(([w]) => w)
  const vIndex = new Map(vocab.map((w, i) => [w, i]))
  const ctxWords = byCount(lowFreq).slice(0, opts.contexts).map(([w]) => w)
  const cIndex = new Map(ctxWords.map((w, i) => [w, i]))
  const C = opts.contexts * 2 + 2 // left/right context words, plus sentence boundaries
  // co-occurrence counts, sparse per word
  const counts = vocab.map(() => new Map<number, number>())
  const ctxTotals = new Float64Array(C)
  let total = 0
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const v = vIndex.get(s[i]!)
      if (v === undefined) continue
      const left = i === 0 ? C - 2 : cIndex.get(s[i - 1]!.toLowerCase())
      const right = i === s.length - 1 ? C - 1 : cIndex.get(s[i + 1]!.toLowerCase())
      const m = counts[v]!
      if (left !== undefined) {
        const k = left === C - 2 ? left : left * 2
        m.set(k, (m.get(k) ?? 0) + 1); ctxTotals[k]! += 1; total++
      }
      if (right !== undefined) {
        const k = right === C - 1 ? right : right * 2 + 1
        m.set(k, (m.get(k) ?? 0) + 1); ctxTotals[k]! += 1; total++
      }
    }
  }
  // random ±1 projection of PPMI vectors
  const D = opts.dims
  const rand = seededRandom(opts.seed)
  const proj = new Float32Array(C * D)
  for (let i = 0; i < proj.length; i++) proj[i] = rand() < 0.5 ? -1 : 1
  const vecs = new Float32Array(vocab.length * D)
  counts.forEach((m, v) => {
    let wTotal = 0
    for (const c of m.values()) wTotal += c
    const o = v * D
    for (const [k, c] of m) {
      const pmi = Math.log((c * total) / (wTotal * ctxTotals[k]!))
      if (pmi <= 0) continue
      const p = k * D
      for (let d = 0; d < D; d++) vecs[o + d]! += pmi * proj[p + d]!
    }
    let norm = 0
    for (let d = 0; d < D; d++) norm += vecs[o + d]! ** 2
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < D; d++) vecs[o + d]! /= norm
  })
  const fine = kmeans(vecs, vocab.length, D, opts.fine, opts.iterations, seededRandom(opts.seed + 1))
  const coarse = kmeans(vecs, vocab.length, D, opts.coarse, opts.iterations, seededRandom(opts.seed + 2))
  return vocab.map((w, i) => [w, fine[i]! + 1, coarse[i]! + 1] as [string, number, number])
}

/** Spherical k-means; returns the cluster of each row. */
function kmeans(x: Float32Array, n: number, D: number, k: number, iterations: number, rand: () => number): Int32Array {
  const cent = new Float32Array(k * D)
  for (let c = 0; c < k; c++) {
    const r = Math.floor(rand() * n)
    cent.set(x.subarray(r * D, r * D + D), c * D)
  }
  const assign = new Int32Array(n)
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity
      let arg = 0
      const o = i * D
      for (let c = 0; c < k; c++) {
        let dot = 0
        const p = c * D
        for (let d = 0; d < D; d++) dot += x[o + d]! * cent[p + d]!
        if (dot > best) { best = dot; arg = c }
      }
      assign[i] = arg
    }
    cent.fill(0)
    for (let i = 0; i < n; i++) {
      const p = assign[i]! * D
      const o = i * D
      for (let d = 0; d < D; d++) cent[p + d]! += x[o + d]!
    }
    for (let c = 0; c < k; c++) {
      let norm = 0
      const p = c * D
      for (let d = 0; d < D; d++) norm += cent[p + d]! ** 2
      norm = Math.sqrt(norm)
      if (norm === 0) { const r = Math.floor(rand() * n); cent.set(x.subarray(r * D, r * D + D), p); continue }
      for (let d = 0; d < D; d++) cent[p + d]! /= norm
    }
  }
  return assign
}
