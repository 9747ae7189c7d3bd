/**
 * Learning a scheme adapter (`scheme-adapter.ts`) over a model's frozen shared weights: an averaged perceptron over the
 * scheme's training sentences, trained in several seeded orders and averaged.
 * @module
 */
import { DossierError } from '../model/index.js'
import { extractFeatures, FEATURES_PER_TOKEN, normalizeWords, schemeFeature, schemeSalt } from './features.js'
import type { Lexicon } from './lexicon.js'
import type { NerModelData } from './model.js'
import { NerRecognizer } from './recognizer.js'
import { addRows, type SchemeAdapter } from './scheme-adapter.js'
import { NUM_TAGS as T } from './tags.js'
import { seededRandom, shuffleInPlace } from './trainer.js'
import { viterbi } from './viterbi.js'

export interface AdapterTraining {
  readonly epochs: number
  /** The perceptron's step, in the model's score units. */
  readonly step: number
  /** Seeded orders trained and averaged. */
  readonly orders: number
  readonly seed: number
}

/** A sentence of the scheme's training text with its tags (indices into TAGS) as the scheme annotates them. */
export interface SchemeSentence { readonly words: readonly string[]; readonly tags: Uint8Array }

/** The scheme copies of a sentence's features (F per token). */
export function schemeFeatureIds(model: NerModelData, lexicon: Lexicon, scheme: string, words: readonly string[]): Int32Array {
  const mask = (1 << model.hashBits) - 1
  const F = model.features ?? FEATURES_PER_TOKEN
  const ids = extractFeatures(normalizeWords(words), lexicon, mask, undefined, undefined, { features: F }).slice(0, words.length * F)
  const salt = schemeSalt(scheme)
  return ids.map((id) => schemeFeature(id, salt, mask))
}

/** Learn an adapter for `scheme` over the frozen shared weights of `model`. */
export function trainSchemeAdapter(model: NerModelData, scheme: string, sentences: readonly SchemeSentence[], opts: AdapterTraining): SchemeAdapter {
  if ((model.features ?? FEATURES_PER_TOKEN) !== FEATURES_PER_TOKEN) {
    throw new DossierError('E_CONFIG', 'a scheme adapter needs a model without syntax features', { context: { features: model.features }, hint: 'train the model without NER_SYNTAX' })
  }
  const shared = new NerRecognizer(model)
  const data = sentences.filter((s) => s.words.length > 0 && s.words.length <= 1024).map((s) => ({
    base: Float32Array.from(shared.emissions(s.words).subarray(0, s.words.length * T)),
    ids: schemeFeatureIds(model, shared.lexicon, scheme, s.words), tags: s.tags, n: s.words.length,
  }))
  const runs = Array.from({ length: opts.orders }, (_, k) => trainOneOrder(model.transitions, data, opts, opts.seed + k))
  // average the runs' rows and transitions
  const rows = new Map<number, Float64Array>()
  for (const run of runs) for (const [b, r] of run.rows) { const o = rows.get(b) ?? new Float64Array(T); for (let c = 0; c < T; c++) o[c] = o[c]! + r[c]! / runs.length; rows.set(b, o) }
  const transitions = Float32Array.from(model.transitions, (_, i) => runs.reduce((a, r) => a + r.transitions[i]!, 0) / runs.length)
  return packAdapter(scheme, model, rows, transitions, { ...opts, sentences: data.length })
}

type Row = Float64Array
/** One seeded order of averaged-perceptron epochs: the adapter's averaged rows and transitions. */
function trainOneOrder(transitions: Float32Array, data: ReadonlyArray<{ base: Float32Array; ids: Int32Array; tags: Uint8Array; n: number }>,
  opts: AdapterTraining, seed: number): { rows: Map<number, Row>; transitions: Float64Array } {
  const F = FEATURES_PER_TOKEN
  const w = new Map<number, Row>(), acc = new Map<number, Row>()
  const tr = Float32Array.from(transitions), trAcc = new Float64Array(tr.length)
  const rowOf = (m: Map<number, Row>, b: number) => { let r = m.get(b); if (!r) m.set(b, (r = new Float64Array(T))); return r }
  const order = data.map((_, i) => i)
  const rand = seededRandom(seed)
  const pred = new Uint8Array(1024)
  const d = opts.step
  let c = 1
  for (let e = 0; e < opts.epochs; e++) {
    shuffleInPlace(order, rand)
    for (const k of order) {
      const s = data[k]!
      const em = Float32Array.from(s.base)
      addRows(em, s.ids, s.n, (b) => w.get(b), 1)
      viterbi(em, s.n, tr, pred)
      for (let i = 0; i < s.n; i++) {
        const g = s.tags[i]!, p = pred[i]!
        const gi = (i === 0 ? 0 : s.tags[i - 1]! + 1) * T + g, pi = (i === 0 ? 0 : pred[i - 1]! + 1) * T + p
        if (gi !== pi) { tr[gi] = tr[gi]! + d; trAcc[gi] = trAcc[gi]! + c * d; tr[pi] = tr[pi]! - d; trAcc[pi] = trAcc[pi]! - c * d }
        if (g === p) continue
        for (let f = 0; f < F; f++) {
          const b = s.ids[i * F + f]!
          const r = rowOf(w, b), a = rowOf(acc, b)
          r[g] = r[g]! + d; a[g] = a[g]! + c * d; r[p] = r[p]! - d; a[p] = a[p]! - c * d
        }
      }
      c++
    }
  }
  const rows = new Map<number, Row>()
  for (const [b, r] of w) { const a = acc.get(b)!; rows.set(b, r.map((x, i) => x - a[i]! / c)) }
  return { rows, transitions: Float64Array.from(tr, (x, i) => x - trAcc[i]! / c) }
}

function packAdapter(scheme: string, model: NerModelData, rows: ReadonlyMap<number, Row>, transitions: Float32Array, meta: Record<string, unknown>): SchemeAdapter {
  const buckets = Int32Array.from([...rows.keys()].sort((a, b) => a - b))
  let max = 0
  for (const r of rows.values()) for (const x of r) max = Math.max(max, Math.abs(x))
  const scale = max === 0 ? 1 : max / 32767
  const weights = new Int16Array(buckets.length * T)
  buckets.forEach((b, k) => { const r = rows.get(b)!; for (let c = 0; c < T; c++) weights[k * T + c] = Math.round(r[c]! / scale) })
  return { version: 1, scheme, hashBits: model.hashBits, baseScale: model.scale, scale, rows: buckets.length, meta, transitions, buckets, weights }
}

