/**
 * First-order Viterbi decoding over tag scores with the IOB2 constraint
 * (I-X only after B-X or I-X). Disallowed transitions are excluded outright,
 * never merely penalised, so every well-formed sequence stays reachable
 * whatever was predicted for earlier tokens.
 * @module
 */
import { NUM_TAGS, transitionAllowed } from './tags.js'

const T = NUM_TAGS
/** ALLOWED[(prev + 1) * T + cur]; row 0 is the sentence start. */
const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((T + 1) * T)
  for (let p = -1; p < T; p++) for (let c = 0; c < T; c++) a[(p + 1) * T + c] = transitionAllowed(p, c) ? 1 : 0
  return a
})()

/**
 * For each tag c, the tags allowed before it, in increasing order (the order the search compares them in, so ties
 * go to the lower tag): an I-X has two, so skipping the disallowed pairs up front saves a third of the work.
 */
const PREDECESSORS: Uint8Array[] = Array.from({ length: T }, (_, c) => {
  const ps: number[] = []
  for (let p = 0; p < T; p++) if (ALLOWED[(p + 1) * T + c]) ps.push(p)
  return Uint8Array.from(ps)
})

/** Offset of tag c's predecessors in the flat PRED / predScore rows. */
const PRED_AT: Uint8Array = Uint8Array.from(PREDECESSORS.map((_, c) => PREDECESSORS.slice(0, c).reduce((n, ps) => n + ps.length, 0)))
/** Every tag's predecessors, flat: PREDECESSORS[c] is PRED[PRED_AT[c], PRED_AT[c] + its length). */
const PRED: Uint8Array = Uint8Array.from(PREDECESSORS.flatMap((ps) => [...ps]))
/**
 * The transition score of each (predecessor, tag) pair of PRED, copied per call (the trainer changes its table
 * between calls): the search reads them in order instead of at (p + 1) * T + c. Float32 to float64 is exact, so
 * every sum is the same double.
 */
const predScore = new Float64Array(PRED.length)

/** Scratch rows of the search, grown as needed (decoding is never re-entered). */
let delta = new Float64Array(64 * T)
let back = new Uint8Array(64 * T)

/**
 * Best tag sequence.
 * @param emissions n×T scores, row-major
 * @param transitions (T+1)×T scores; row 0 holds start scores, row p+1 scores after tag p
 * @param out optional output array of length ≥ n
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, out: Uint8Array = new Uint8Array(n)): Uint8Array {
  if (n === 0) return out
  if (delta.length < n * T) { delta = new Float64Array(n * T * 2); back = new Uint8Array(n * T * 2) }
  const d = delta
  const b = back
  for (let c = 0; c < T; c++) {
    d[c] = ALLOWED[c] ? (transitions[c] ?? 0) + (emissions[c] ?? 0) : -Infinity
  }
  for (let c = 0; c < T; c++) {
    for (let k = PRED_AT[c]!, end = k + PREDECESSORS[c]!.length; k < end; k++) predScore[k] = transitions[(PRED[k]! + 1) * T + c]!
  }
  for (let i = 1; i < n; i++) {
    const row = i * T
    const prevRow = row - T
    let k = 0
    for (let c = 0; c < T; c++) {
      const end = k + PREDECESSORS[c]!.length
      let best = -Infinity
      let arg = 0
      for (; k < end; k++) {
        const p = PRED[k]!
        const s = d[prevRow + p]! + predScore[k]!
        if (s > best) { best = s; arg = p }
      }
      d[row + c] = best + emissions[row + c]!
      b[row + c] = arg
    }
  }
  let best = -Infinity
  let arg = 0
  const last = (n - 1) * T
  for (let c = 0; c < T; c++) if (d[last + c]! > best) { best = d[last + c]!; arg = c }
  out[n - 1] = arg
  for (let i = n - 1; i > 0; i--) {
    arg = b[i * T + arg]!
    out[i - 1] = arg
  }
  return out
}
