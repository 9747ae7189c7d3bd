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
 * Best tag sequence.
 * @param emissions n×T scores, row-major
 * @param transitions (T+1)×T scores; row 0 holds start scores, row p+1 scores after tag p
 * @param out optional output array of length ≥ n
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, out: Uint8Array = new Uint8Array(n)): Uint8Array {
  if (n === 0) return out
  const delta = new Float64Array(n * T)
  const back = new Uint8Array(n * T)
  for (let c = 0; c < T; c++) {
    delta[c] = ALLOWED[c] ? (transitions[c] ?? 0) + (emissions[c] ?? 0) : -Infinity
  }
  for (let i = 1; i < n; i++) {
    const row = i * T
    const prevRow = row - T
    for (let c = 0; c < T; c++) {
      let best = -Infinity
      let arg = 0
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[(p + 1) * T + c]) continue
        const s = delta[prevRow + p]! + transitions[(p + 1) * T + c]!
        if (s > best) { best = s; arg = p }
      }
      delta[row + c] = best + emissions[row + c]!
      back[row + c] = arg
    }
  }
  let best = -Infinity
  let arg = 0
  const last = (n - 1) * T
  for (let c = 0; c < T; c++) if (delta[last + c]! > best) { best = delta[last + c]!; arg = c }
  out[n - 1] = arg
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * T + arg]!
    out[i - 1] = arg
  }
  return out
}
