import { describe, expect, it } from 'vitest'
import { benchmarkTokens, exactTokens, metricsFromCounts, shingleMatch } from './extract-score.js'

describe('extract-score', () => {
  it('extract-score tokenises like Python \\w+ (Unicode letters, digits, underscore)', () => {
    expect(benchmarkTokens("Élan vital, don't_stop 42 — Тест 東京")).toEqual(['Élan', 'vital', 'don', 't_stop', '42', 'Тест', '東京'])
  })

  it('extract-score gives exact prediction full precision and recall', () => {
    const t = 'one two three four five six'
    expect(shingleMatch(t, t)).toEqual([1, 0, 0])
    expect(metricsFromCounts([shingleMatch(t, t)])).toEqual({ f1: 1, precision: 1, recall: 1 })
  })

  it('extract-score normalises counts per page and counts extra shingles as false positives', () => {
    // truth has 3 shingles; prediction adds 2 words → 2 extra shingles
    const [tp, fp, fn] = shingleMatch('a b c d e f', 'a b c d e f g h')
    expect(tp).toBeCloseTo(3 / 5)
    expect(fp).toBeCloseTo(2 / 5)
    expect(fn).toBe(0)
  })

  it('extract-score treats a text shorter than four tokens as one shingle', () => {
    expect(shingleMatch('hello world', 'hello world')).toEqual([1, 0, 0])
    expect(shingleMatch('hello world', 'hello there')).toEqual([0, 0.5, 0.5])
  })

  it('extract-score leaves empty predictions out of the precision mean but not the recall mean', () => {
    const pages = [shingleMatch('a b c d e', 'a b c d e'), shingleMatch('a b c d e', '')]
    const m = metricsFromCounts(pages)
    expect(m.precision).toBe(1)
    expect(m.recall).toBe(0.5)
  })

  it('extract-score accuracy compares token sequences, ignoring punctuation and spacing', () => {
    expect(exactTokens('Hello, world!\n\nBye.', 'Hello world Bye')).toBe(1)
    expect(exactTokens('Hello world', 'Hello world again')).toBe(0)
  })
})
