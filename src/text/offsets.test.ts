import { describe, expect, it } from 'vitest'
import { firstSpanEndingAfter } from './offsets.js'

describe('firstSpanEndingAfter', () => {
  // "Hamas said it ." — tokens at 0-5, 6-10, 11-13, 14-15
  const tokens = [{ start: 0, end: 5 }, { start: 6, end: 10 }, { start: 11, end: 13 }, { start: 14, end: 15 }]
  it('finds the token covering an offset, the next one in a gap, and none past the end', () => {
    expect(firstSpanEndingAfter(tokens, 0)).toBe(0)
    expect(firstSpanEndingAfter(tokens, 7)).toBe(1)
    expect(firstSpanEndingAfter(tokens, 5)).toBe(1) // the space after "Hamas"
    expect(firstSpanEndingAfter(tokens, 15)).toBe(4)
    expect(firstSpanEndingAfter([], 3)).toBe(0)
  })
})
