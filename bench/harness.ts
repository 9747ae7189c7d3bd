/**
 * Shared timing for stage benchmarks: run ours and a baseline in alternating rounds over the same
 * sentences, take medians, report sentences per second and the ratio.
 */
export interface Comparison {
  readonly oursPerSec: number
  readonly baselinePerSec: number
  readonly ratio: number
}

export function compareThroughput(sentences: number, minSentences: number, rounds: number, ours: () => void, baseline: () => void): Comparison {
  // small corpora are repeated so each timing covers enough work
  const reps = Math.max(1, Math.ceil(minSentences / sentences))
  const time = (fn: () => void) => {
    const t0 = performance.now()
    for (let r = 0; r < reps; r++) fn()
    return performance.now() - t0
  }
  const a: number[] = []
  const b: number[] = []
  for (let round = 0; round < rounds; round++) {
    a.push(time(ours))
    b.push(time(baseline))
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
  const perSec = (ms: number) => (sentences * reps) / (ms / 1000)
  const oursPerSec = perSec(median(a))
  const baselinePerSec = perSec(median(b))
  return { oursPerSec, baselinePerSec, ratio: oursPerSec / baselinePerSec }
}
