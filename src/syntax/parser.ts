/**
 * Greedy arc-hybrid parsing: at each step score the three moves and take the
 * best legal one. Linear in the sentence length, one classifier call per move.
 * @module
 */
import { LEFT, N_MOVES, ParseState, RIGHT, SHIFT } from './arc-hybrid.js'
import { MAX_PARSER_FEATURES, parserFeatures, type SentenceMarks } from './parser-features.js'
import type { WeightTable } from './perceptron.js'
import type { LabellerWeights } from './labeller.js'
import { labelAttached, LiveKids } from './state-labeller.js'
import type { WordHashes } from './words.js'

export interface ParserWeights {
  readonly weights: WeightTable
  readonly mask: number
}

const MOVES = [SHIFT, LEFT, RIGHT] as const

/** Best legal move for these scores (ties go to SHIFT, then LEFT). */
export function bestLegal(st: ParseState, scores: Float64Array): number {
  let best = -1
  for (const m of MOVES) {
    if (st.legal(m) && (best < 0 || scores[m]! > scores[best]!)) best = m
  }
  return best
}

/** Row offsets of `score3`'s features. */
const ROWS = new Int32Array(MAX_PARSER_FEATURES)

/**
 * scoreInto for the three moves, unrolled (the parser's inner loop). The first pass reads every row's first weight, one
 * independent read after another (so the processor fetches them all at once), and sums them: the first move's score,
 * in feature order; the second pass, with the rows in the caches, sums the other two.
 */
function score3(w: WeightTable, mask: number, feats: Uint32Array, n: number, out: Float64Array): void {
  const rows = ROWS
  let a = 0, b = 0, c = 0
  for (let i = 0; i < n; i++) { const r = (feats[i]! & mask) * 3; rows[i] = r; a += w[r]! }
  for (let i = 0; i < n; i++) { const r = rows[i]!; b += w[r + 1]!; c += w[r + 2]! }
  out[0] = a; out[1] = b; out[2] = c
}

/** Scratch buffers of `parseHeads`, reused by every call (it is synchronous: no two calls use them at once). */
const FEATS = new Uint32Array(MAX_PARSER_FEATURES)
const SCORES = new Float64Array(N_MOVES)
/** One parse state reused by every call (reset per sentence; replaced by a larger one when a sentence does not fit): eight arrays less per sentence. */
let STATE = new ParseState(64)

/** Unlabelled heads, 1-based (index 0 unused; 0 = root). */
export function parseHeads(m: ParserWeights, w: WordHashes, tags: Int32Array, marks: SentenceMarks, fine?: Int32Array): Int32Array {
  if (w.n > STATE.capacity) STATE = new ParseState(Math.max(w.n, 2 * STATE.capacity))
  const st = STATE
  st.reset(w.n)
  const feats = FEATS
  const scores = SCORES
  while (!st.terminal()) {
    // with only the root on the stack a word can only be shifted, and once the buffer is empty each word left on the
    // stack can only be attached to the word below it (the last one to the root): one legal move, nothing to score
    if (st.sp === 1) { st.apply(SHIFT); continue }
    if (st.bufferEmpty()) { st.apply(RIGHT); continue }
    const k = parserFeatures(st, w, tags, marks, feats, fine)
    score3(m.weights, m.mask, feats, k, scores)
    st.apply(bestLegal(st, scores))
  }
  return st.heads.slice(0, w.n + 1)
}

const KIDS = new LiveKids()
/** Every group of the parser's label templates (`parserFeatures`). */
export const ALL_LABEL_FEATURES = 7

/** Heads and labels (1-based; index 0 unused) of a parse that labels each arc as it makes it (`state-labeller.ts`). */
export interface LabelledParse { readonly heads: Int32Array; readonly labels: Int32Array }

/** Greedy parsing with labels in the state: the parser's moves read the labels of the arcs made so far. */
export function parseLabelled(m: ParserWeights, lm: LabellerWeights, w: WordHashes, tags: Int32Array, marks: SentenceMarks, fine?: Int32Array,
  labelFeatures = ALL_LABEL_FEATURES): LabelledParse {
  if (w.n > STATE.capacity) STATE = new ParseState(Math.max(w.n, 2 * STATE.capacity))
  const st = STATE
  st.reset(w.n)
  KIDS.reset(w.n)
  while (!st.terminal()) {
    if (st.sp === 1) { st.apply(SHIFT); continue }
    let move = RIGHT
    if (!st.bufferEmpty()) {
      const k = parserFeatures(st, w, tags, marks, FEATS, fine, labelFeatures)
      score3(m.weights, m.mask, FEATS, k, SCORES)
      move = bestLegal(st, SCORES)
      if (move === SHIFT) { st.apply(SHIFT); continue }
    }
    const d = st.s(0)
    st.apply(move)
    labelAttached(lm, st, w, tags, KIDS, d, fine)
  }
  const labels = new Int32Array(w.n + 1)
  for (let d = 1; d <= w.n; d++) labels[d] = st.label[d]! - 1
  return { heads: st.heads.slice(0, w.n + 1), labels }
}
