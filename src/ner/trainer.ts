/**
 * Training: a structured averaged perceptron (Collins 2002) over the hashed
 * features, decoded with the same Viterbi as at run time. Deterministic:
 * the only randomness is a seeded shuffle.
 * @module
 */
import { seededRandom } from '../model/index.js'
import { extractFeatures, FEATURES_PER_TOKEN, FEATURES_WITH_SYNTAX, normalizeWords, schemeSalt, withSchemeFeatures, type NerSyntax } from './features.js'
import { Lexicon, type LexiconData } from './lexicon.js'
import { quantise, type NerModelData } from './model.js'
import { NUM_TAGS } from './tags.js'
import { viterbi } from './viterbi.js'

const T = NUM_TAGS

export interface TrainSentence {
  readonly words: readonly string[]
  /** Gold tag indices (into TAGS). */
  readonly tags: Uint8Array
  /** Update size for this sentence (weights gold news above silver data). */
  readonly weight: number
  /** Annotation scheme of the corpus when it departs from the shared one (e.g. 're3d'): its features get scheme copies. */
  readonly scheme?: string
  /** The scheme's own labels when they differ from `tags` (used by the scheme-only epochs). */
  readonly schemeTags?: Uint8Array
  /** The sentence's syntax, as the syntax stage would give it (read by a model with syntax features). */
  readonly syntax?: NerSyntax
}

export interface TrainOptions {
  readonly hashBits: number
  readonly epochs: number
  readonly seed: number
  readonly lexicon: LexiconData
  readonly meta?: Record<string, unknown>
  /**
   * Extra epochs over the sentences that have a scheme, after the shared training, updating only the
   * scheme copies of the features: the scheme fits its corpus without moving the shared weights.
   */
  readonly schemeEpochs?: number
  /** Learn the syntax feature templates too (the sentences carry their syntax). */
  readonly syntaxFeatures?: boolean
  /** Called after each epoch with the share of tokens tagged wrong during it. */
  readonly onEpoch?: (epoch: number, tokenErrorRate: number) => void
}

export { seededRandom }

export function shuffleInPlace<X>(xs: X[], rand: () => number): X[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const t = xs[i]!
    xs[i] = xs[j]!
    xs[j] = t
  }
  return xs
}

/** Emission scores (n×T) of a sentence: the weights of its Fs feature ids per token, summed per tag. */
function sumEmissions(em: Float32Array, ids: Int32Array, n: number, Fs: number, weights: Float32Array): void {
  for (let i = 0; i < n; i++) {
    const r = i * T
    for (let k = 0; k < T; k++) em[r + k] = 0
    for (let f = 0; f < Fs; f++) {
      const base = ids[i * Fs + f]! * T
      for (let k = 0; k < T; k++) em[r + k] = em[r + k]! + weights[base + k]!
    }
  }
}

export function trainPerceptron(sentences: readonly TrainSentence[], opts: TrainOptions): NerModelData {
  const lexicon = new Lexicon(opts.lexicon)
  const mask = (1 << opts.hashBits) - 1
  const size = (1 << opts.hashBits) * T
  const w = new Float32Array(size)
  const acc = new Float64Array(size)
  const tr = new Float64Array((T + 1) * T)
  const trAcc = new Float64Array((T + 1) * T)
  const trLive = new Float32Array((T + 1) * T)
  const F = opts.syntaxFeatures ? FEATURES_WITH_SYNTAX : FEATURES_PER_TOKEN
  // features are extracted once and cached
  const feats = sentences.map((s) => {
    const ids = extractFeatures(normalizeWords(s.words), lexicon, mask, undefined, undefined, { features: F, ...(s.syntax ? { syntax: s.syntax } : {}) }).slice(0, s.words.length * F)
    return s.scheme ? withSchemeFeatures(ids, s.words.length, schemeSalt(s.scheme), mask, F) : ids
  })
  const order = sentences.map((_, i) => i)
  const rand = seededRandom(opts.seed)
  let c = 1
  let em = new Float32Array(64 * T)
  const pred = new Uint8Array(1024)
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand)
    let errors = 0
    let tokens = 0
    for (const si of order) {
      const s = sentences[si]!
      const ids = feats[si]!
      const n = s.words.length
      const Fs = s.scheme ? 2 * F : F
      if (n === 0 || n > pred.length) continue
      if (em.length < n * T) em = new Float32Array(n * T * 2)
      sumEmissions(em, ids, n, Fs, w)
      viterbi(em, n, trLive, pred)
      tokens += n
      const gold = s.tags
      const d = s.weight
      let wrong = false
      for (let i = 0; i < n; i++) {
        const g = gold[i]!
        const p = pred[i]!
        const gp = i === 0 ? 0 : gold[i - 1]! + 1
        const pp = i === 0 ? 0 : pred[i - 1]! + 1
        if (g !== p) {
          wrong = true
          errors++
          for (let f = 0; f < Fs; f++) {
            const base = ids[i * Fs + f]! * T
            w[base + g] = w[base + g]! + d
            acc[base + g] = acc[base + g]! + c * d
            w[base + p] = w[base + p]! - d
            acc[base + p] = acc[base + p]! - c * d
          }
        }
        if (g !== p || gp !== pp) {
          const gi = gp * T + g
          const pi = pp * T + p
          tr[gi] = tr[gi]! + d
          trAcc[gi] = trAcc[gi]! + c * d
          tr[pi] = tr[pi]! - d
          trAcc[pi] = trAcc[pi]! - c * d
          trLive[gi] = tr[gi]!
          trLive[pi] = tr[pi]!
        }
      }
      void wrong
      c++
    }
    opts.onEpoch?.(epoch + 1, tokens === 0 ? 0 : errors / tokens)
  }
  // averaged weights: w − acc / c
  const avg = new Float32Array(size)
  for (let i = 0; i < size; i++) avg[i] = w[i]! - acc[i]! / c
  const trAvg = new Float32Array((T + 1) * T)
  for (let i = 0; i < trAvg.length; i++) trAvg[i] = tr[i]! - trAcc[i]! / c
  const schemeTransitions = opts.schemeEpochs
    ? refineSchemes(avg, trAvg, sentences, feats, F, opts.schemeEpochs, rand, (e, err) => opts.onEpoch?.(opts.epochs + e, err))
    : {}
  const q = quantise(avg)
  const meta = Object.keys(schemeTransitions).length > 0 ? { ...opts.meta, schemeTransitions } : opts.meta ?? {}
  return { hashBits: opts.hashBits, scale: q.scale, weights: q.weights, transitions: trAvg, lexicon: opts.lexicon, meta,
    ...(F !== FEATURES_PER_TOKEN ? { features: F } : {}) }
}

/**
 * Averaged-perceptron epochs over the scheme sentences that move only the
 * scheme copies (slots F..2F of each token) of `weights`, in place; the shared
 * weights and the shared transitions stay as the joint training left them.
 * Each scheme also learns its own transition scores (returned per scheme,
 * rounded, for the model's metadata).
 */
function refineSchemes(weights: Float32Array, transitions: Float32Array, sentences: readonly TrainSentence[],
  feats: readonly Int32Array[], F: number, epochs: number, rand: () => number, onEpoch?: (epoch: number, tokenErrorRate: number) => void): Record<string, number[]> {
  const order = sentences.map((_, i) => i).filter((i) => sentences[i]!.scheme !== undefined)
  const schemeTr = new Map<string, { live: Float32Array; acc: Float64Array }>()
  for (const i of order) {
    const name = sentences[i]!.scheme!
    if (!schemeTr.has(name)) schemeTr.set(name, { live: Float32Array.from(transitions), acc: new Float64Array(transitions.length) })
  }
  if (order.length === 0) return {}
  const acc = new Map<number, number>() // sparse: only scheme buckets move
  let c = 1
  let em = new Float32Array(64 * T)
  const pred = new Uint8Array(1024)
  const bump = (i: number, d: number) => {
    weights[i] = weights[i]! + d
    acc.set(i, (acc.get(i) ?? 0) + c * d)
  }
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, rand)
    let errors = 0
    let tokens = 0
    for (const si of order) {
      const s = sentences[si]!
      const ids = feats[si]!
      const n = s.words.length
      const Fs = 2 * F
      if (n === 0 || n > pred.length) continue
      if (em.length < n * T) em = new Float32Array(n * T * 2)
      sumEmissions(em, ids, n, Fs, weights)
      const tr = schemeTr.get(s.scheme!)!
      viterbi(em, n, tr.live, pred)
      const gold = s.schemeTags ?? s.tags
      for (let i = 0; i < n; i++) {
        const g = gold[i]!
        const p = pred[i]!
        const gp = i === 0 ? 0 : gold[i - 1]! + 1
        const pp = i === 0 ? 0 : pred[i - 1]! + 1
        if (g !== p || gp !== pp) {
          const gi = gp * T + g
          const pi = pp * T + p
          tr.live[gi] = tr.live[gi]! + s.weight
          tr.acc[gi] = tr.acc[gi]! + c * s.weight
          tr.live[pi] = tr.live[pi]! - s.weight
          tr.acc[pi] = tr.acc[pi]! - c * s.weight
        }
        tokens++
        if (g === p) continue
        errors++
        for (let f = F; f < Fs; f++) {
          const base = ids[i * Fs + f]! * T
          bump(base + g, s.weight)
          bump(base + p, -s.weight)
        }
      }
      c++
    }
    onEpoch?.(epoch + 1, tokens === 0 ? 0 : errors / tokens)
  }
  // average the moves: w0 + Σd − Σ(c·d)/c
  for (const [i, a] of acc) weights[i] = weights[i]! - a / c
  const out: Record<string, number[]> = {}
  for (const [name, tr] of schemeTr) out[name] = [...tr.live].map((x, i) => Math.round((x - tr.acc[i]! / c) * 1e4) / 1e4)
  return out
}
