import { describe, expect, it } from 'vitest'
import { foldOf, stableHash } from './train.js'

describe('cross-validation folds', () => {
  const keys = Array.from({ length: 500 }, (_, i) => `vtrain${i % 40}:gmb-${i}`)

  it('repeat 0 is the folds every training script used before (stableHash(key) % folds)', () => {
    for (const k of keys) expect(foldOf(k, 5)).toBe(stableHash(k) % 5)
    for (const k of keys) expect(foldOf(k, 5, 0)).toBe(stableHash(k) % 5)
  })

  it('another repeat is another partition of about the same sizes, the same for the same key', () => {
    const moved = keys.filter((k) => foldOf(k, 5, 1) !== foldOf(k, 5, 0)).length
    expect(moved).toBeGreaterThan(300)
    for (const r of [1, 2]) {
      const sizes = [0, 0, 0, 0, 0]
      for (const k of keys) sizes[foldOf(k, 5, r)]!++
      expect(Math.min(...sizes)).toBeGreaterThan(70)
      for (const k of keys.slice(0, 20)) expect(foldOf(k, 5, r)).toBe(foldOf(k, 5, r))
    }
    // not a relabelling of repeat 0's folds: two keys of one fold there part here
    const first = keys.filter((k) => foldOf(k, 5) === 0)
    expect(new Set(first.map((k) => foldOf(k, 5, 1))).size).toBeGreaterThan(1)
  })
})
