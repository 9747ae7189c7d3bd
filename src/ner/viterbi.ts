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
  for (let i = 1; i < n; i++) {
    const row = i * T
    const prevRow = row - T
    for (let c = 0; c < T; c++) {
      const ps = PREDECESSORS[c]!
      let best = -Infinity
      let arg = 0
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k]!
        const s = d[prevRow + p]! + transitions[(p + 1) * T + c]!
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
