/**
 * A multi-class averaged perceptron over hashed features. Weights are rows of
 * `nClasses` numbers, one row per hash slot, so scoring one feature reads one
 * contiguous row (cache-friendly). Training keeps Float32 weights and a Float64
 * accumulator for the average (the "w − u/c" trick: no per-step averaging work).
 * The shipped model is the averaged table quantised to int16 (lossless for argmax
 * in practice), scored by the same code.
 * @module
 */

export type WeightTable = Float32Array | Int16Array

/** Row offsets of `scoreInto`'s features (reused; grown when a call has more features). */
let ROWS = new Int32Array(128)

/**
 * The rows of `feats[0..n)` summed into `out[0..nClasses)`. Four classes at a time, each sum in a register over the
 * features in order (so every class's sum is the same double as adding row after row into `out`), a quarter of the
 * passes over the row offsets of one class at a time. The first pass reads every row, one independent read after
 * another: the rows are scattered over a table of tens of MB, and reading them one row at a time would wait on each
 * cache miss in turn.
 */
export function scoreInto(w: WeightTable, mask: number, nClasses: number, feats: Uint32Array, n: number, out: Float64Array): void {
  if (ROWS.length < n) ROWS = new Int32Array(2 * n)
  const rows = ROWS
  for (let i = 0; i < n; i++) rows[i] = (feats[i]! & mask) * nClasses
  let c = 0
  for (; c + 4 <= nClasses; c += 4) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0
    for (let i = 0; i < n; i++) {
      const r = rows[i]! + c
      s0 += w[r]!; s1 += w[r + 1]!; s2 += w[r + 2]!; s3 += w[r + 3]!
    }
    out[c] = s0; out[c + 1] = s1; out[c + 2] = s2; out[c + 3] = s3
  }
  for (; c < nClasses; c++) {
    let sum = 0
    for (let i = 0; i < n; i++) sum += w[rows[i]! + c]!
    out[c] = sum
  }
}

/** Index of the best score among the allowed classes (ties → lowest index, so results are deterministic). */
export function argmax(scores: Float64Array, nClasses: number, allowed?: (c: number) => boolean): number {
  let best = -1
  let bestScore = -Infinity
  for (let c = 0; c < nClasses; c++) {
    if (allowed && !allowed(c)) continue
    if (scores[c]! > bestScore) { bestScore = scores[c]!; best = c }
  }
  return best
}

export class AveragedPerceptron {
  readonly mask: number
  readonly weights: Float32Array
  private readonly acc: Float64Array
  private step = 1

  constructor(readonly hashBits: number, readonly nClasses: number) {
    this.mask = (1 << hashBits) - 1
    this.weights = new Float32Array((1 << hashBits) * nClasses)
    this.acc = new Float64Array((1 << hashBits) * nClasses)
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    scoreInto(this.weights, this.mask, this.nClasses, feats, n, out)
  }

  /** Reward `good` and penalise `bad` for these features (no-op when equal). */
  update(feats: Uint32Array, n: number, good: number, bad: number): void {
    if (good === bad) return
    const t = this.step
    const nc = this.nClasses
    for (let i = 0; i < n; i++) {
      const base = (feats[i]! & this.mask) * nc
      this.weights[base + good]! += 1
      this.acc[base + good]! += t
      this.weights[base + bad]! -= 1
      this.acc[base + bad]! -= t
    }
  }

  /** Add `delta` to class `c`'s weights of these features (the beam trainer rewards and penalises whole move sequences). */
  add(feats: Uint32Array, n: number, c: number, delta: number): void {
    const t = this.step
    for (let i = 0; i < n; i++) {
      const at = (feats[i]! & this.mask) * this.nClasses + c
      this.weights[at]! += delta
      this.acc[at]! += delta * t
    }
  }

  /** Count one training example (the clock the average is taken over). */
  tick(): void { this.step++ }

  /** The averaged weights (a copy; training can continue on the raw ones). */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length)
    const t = this.step
    for (let i = 0; i < out.length; i++) out[i] = this.weights[i]! - this.acc[i]! / t
    return out
  }
}

/** Quantise to int16 with one scale per table (argmax is scale-free). */
export function quantise(w: Float32Array): Int16Array {
  let max = 0
  for (let i = 0; i < w.length; i++) { const a = Math.abs(w[i]!); if (a > max) max = a }
  const scale = max === 0 ? 1 : 32767 / max
  const out = new Int16Array(w.length)
  for (let i = 0; i < w.length; i++) out[i] = Math.round(w[i]! * scale)
  return out
}
