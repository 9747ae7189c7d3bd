/**
 * Word clusters learned from unlabelled text (training time only, `npm run train:clusters`): each frequent word gets
 * a vector of positive PMI with its left and right neighbours, randomly projected to a few dimensions, then grouped
 * with seeded spherical k-means at three granularities (32, 256 and 1,024 clusters). Words used alike ("Baghdad",
 * "Mosul") share a cluster, so the model generalises to names it never saw labelled. (Splitting the words in two
 * again and again, for Brown-style bit paths, was tried: its top splits mixed "get" with "Baghdad", and k-means did not.)
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
  readonly finest: number
  readonly iterations: number
  readonly seed: number
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 4, maxVocab: 40000, contexts: 1500, dims: 96, fine: 256, coarse: 32, finest: 1024, iterations: 8, seed: 7,
}

/** [word, fine cluster, coarse cluster, finest cluster (all 1-based), count in the text], most frequent first. */
export type ClusterTable = Array<[string, number, number, number, number]>

interface Embedding { vocab: string[]; vecs: Float32Array; freq: Map<string, number> }

/** Unit PPMI vectors of the frequent words, randomly projected to `dims` dimensions. */
function embed(sentences: Iterable<readonly string[]>, opts: ClusterOptions): Embedding {
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
  const cIndex = new Map(byCount(lowFreq).slice(0, opts.contexts).map(([w], i) => [w, i]))
  const C = opts.contexts * 2 + 2 // left/right context words, plus sentence boundaries
  const counts = vocab.map(() => new Map<number, number>())
  const ctxTotals = new Float64Array(C)
  let total = 0
  const add = (v: number, k: number) => { const m = counts[v]!; m.set(k, (m.get(k) ?? 0) + 1); ctxTotals[k]! += 1; total++ }
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const v = vIndex.get(s[i]!)
      if (v === undefined) continue
      const left = i === 0 ? C - 2 : cIndex.get(s[i - 1]!.toLowerCase())
      const right = i === s.length - 1 ? C - 1 : cIndex.get(s[i + 1]!.toLowerCase())
      if (left !== undefined) add(v, left === C - 2 ? left : left * 2)
      if (right !== undefined) add(v, right === C - 1 ? right : right * 2 + 1)
    }
  }
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
    normalise(vecs, o, D)
  })
  return { vocab, vecs, freq }
}

function normalise(x: Float32Array, o: number, D: number): void {
  let norm = 0
  for (let d = 0; d < D; d++) norm += x[o + d]! ** 2
  norm = Math.sqrt(norm) || 1
  for (let d = 0; d < D; d++) x[o + d]! /= norm
}

export function learnClusters(sentences: Iterable<readonly string[]>, opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): ClusterTable {
  const { vocab, vecs, freq } = embed(sentences, opts)
  const D = opts.dims
  const run = (k: number, salt: number) => kmeans(vecs, vocab.length, D, k, opts.iterations, seededRandom(opts.seed + salt))
  const fine = run(opts.fine, 1)
  const coarse = run(opts.coarse, 2)
  const finest = run(opts.finest, 3)
  return caseRobust(vocab.map((w, i) => [w, fine[i]! + 1, coarse[i]! + 1, finest[i]! + 1, freq.get(w)!]))
}

/**
 * k-means++ seeding for cosine: each next centre is drawn with probability proportional to the row's distance
 * (1 − cosine) to the nearest centre so far, so centres spread over the data instead of piling up where words
 * are many (random seeding left clusters such as "a at Afghanistan There That").
 */
function seedCentres(x: Float32Array, n: number, D: number, k: number, rand: () => number): Float32Array {
  const cent = new Float32Array(k * D)
  const dist = new Float64Array(n).fill(Infinity)
  let r = Math.floor(rand() * n)
  for (let c = 0; c < k; c++) {
    cent.set(x.subarray(r * D, r * D + D), c * D)
    let sum = 0
    for (let i = 0; i < n; i++) {
      let dot = 0
      const o = i * D
      const p = c * D
      for (let d = 0; d < D; d++) dot += x[o + d]! * cent[p + d]!
      const dd = Math.max(0, 1 - dot)
      if (dd < dist[i]!) dist[i] = dd
      sum += dist[i]!
    }
    let t = rand() * sum
    r = n - 1
    for (let i = 0; i < n; i++) { t -= dist[i]!; if (t <= 0) { r = i; break } }
  }
  return cent
}

/** Spherical k-means; returns the cluster of each row. */
function kmeans(x: Float32Array, n: number, D: number, k: number, iterations: number, rand: () => number): Int32Array {
  const cent = seedCentres(x, n, D, k, rand)
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

/**
 * A word in capitals takes the path of its title-case spelling when that is the more frequent one ("IRAQ" that of
 * "Iraq"): its own contexts are those of headlines, the title-case word's say what it names. Acronyms written
 * mostly in capitals ("NATO") keep their own.
 */
function caseRobust(rows: ClusterTable): ClusterTable {
  const byWord = new Map(rows.map((r) => [r[0], r]))
  return rows.map((row) => {
    const [w, , , , count] = row
    if (w.length < 2 || w !== w.toUpperCase() || w === w.toLowerCase()) return row
    const title = byWord.get(w[0]! + w.slice(1).toLowerCase())
    return title && title[4] > count ? [w, title[1], title[2], title[3], count] : row
  })
}

/** The lexicon's cluster rows: [word, fine, coarse, finest]. */
export function clusterRows(table: ClusterTable): Array<[string, number, number, number]> {
  return table.map(([w, f, c, x]) => [w, f, c, x])
}

/** One word a line: `word \t fine \t coarse \t finest \t count`. */
export function formatClusters(table: ClusterTable): string {
  return table.map((r) => `${r.join('\t')}\n`).join('')
}

export function parseClusters(text: string): ClusterTable {
  const out: ClusterTable = []
  for (const line of text.split('\n')) {
    const [w, f, c, x, n] = line.split('\t')
    if (w === undefined || n === undefined) continue
    out.push([w, Number(f), Number(c), Number(x), Number(n)])
  }
  return out
}
