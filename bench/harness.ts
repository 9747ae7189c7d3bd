/**
 * Shared timing for stage benchmarks: run ours and a baseline in alternating rounds over the same
 * sentences, take medians, report sentences per second and the ratio.
 */
import { spawnSync } from 'node:child_process'

/**
 * Run this bench file once per corpus size in a fresh process (`--child N` plus `extra`), so each size's peak
 * RSS and timing are its own; each child prints one JSON line last. Undefined (and exit code 1) if a child fails.
 */
export function childRuns<T>(self: string, sizes: readonly number[], extra: readonly string[]): T[] | undefined {
  const rows: T[] = []
  for (const n of sizes) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', String(n), ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 })
    const line = r.stdout.trim().split('\n').pop() ?? ''
    if (r.status !== 0 || !line.startsWith('{')) {
      console.error(r.stderr.slice(-2000))
      process.exitCode = 1
      return undefined
    }
    rows.push(JSON.parse(line) as T)
  }
  return rows
}

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
