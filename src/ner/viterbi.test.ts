import { describe, expect, it } from 'vitest'
import { NUM_TAGS, spansFromTags, tagIndex, tagsFromSpans, transitionAllowed, TAGS } from './tags.js'
import { seededRandom } from './trainer.js'
import { viterbi } from './viterbi.js'

const T = NUM_TAGS

function brute(em: Float32Array, n: number, tr: Float32Array): number[] {
  let best = -Infinity
  let arg: number[] = []
  const seq = new Array<number>(n).fill(0)
  const rec = (i: number, score: number) => {
    if (i === n) { if (score > best) { best = score; arg = [...seq] } return }
    for (let c = 0; c < T; c++) {
      const prev = i === 0 ? -1 : seq[i - 1]!
      if (!transitionAllowed(prev, c)) continue
      seq[i] = c
      rec(i + 1, score + tr[(prev + 1) * T + c]! + em[i * T + c]!)
    }
  }
  rec(0, 0)
  return arg
}

describe('viterbi', () => {
  it('viterbi finds the same best sequence as exhaustive search', () => {
    const rand = seededRandom(7)
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + (trial % 3)
      const em = Float32Array.from({ length: n * T }, () => rand() * 4 - 2)
      const tr = Float32Array.from({ length: (T + 1) * T }, () => rand() * 4 - 2)
      expect([...viterbi(em, n, tr)]).toEqual(brute(em, n, tr))
    }
  })

  it('viterbi decodes a sentence the same alone and after a longer one (its scratch rows are reused)', () => {
    const rand = seededRandom(11)
    const tr = Float32Array.from({ length: (T + 1) * T }, () => rand() * 4 - 2)
    const short = Float32Array.from({ length: 3 * T }, () => rand() * 4 - 2)
    const long = Float32Array.from({ length: 200 * T }, () => rand() * 4 - 2)
    const alone = [...viterbi(short, 3, tr)]
    viterbi(long, 200, tr)
    expect([...viterbi(short, 3, tr)]).toEqual(alone)
    expect(alone).toEqual(brute(short, 3, tr))
  })

  it('viterbi reaches every well-formed gold sequence, even against hostile transition scores', () => {
    const rand = seededRandom(11)
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rand() * 8)
      // a random well-formed gold sequence
      const gold: number[] = []
      for (let i = 0; i < n; i++) {
        const options = [...Array(T).keys()].filter((c) => transitionAllowed(i === 0 ? -1 : gold[i - 1]!, c))
        gold.push(options[Math.floor(rand() * options.length)]!)
      }
      const em = new Float32Array(n * T)
      for (let i = 0; i < n; i++) em[i * T + gold[i]!] = 100
      // transitions that punish exactly the gold transitions
      const tr = new Float32Array((T + 1) * T)
      for (let i = 0; i < n; i++) tr[(i === 0 ? 0 : gold[i - 1]! + 1) * T + gold[i]!] = -40
      expect([...viterbi(em, n, tr)]).toEqual(gold)
    }
  })

  it('viterbi keeps I- reachable after a B- it had to choose over a stronger wrong tag', () => {
    // token 0 prefers B-ORG slightly over B-PER; token 1 strongly prefers I-PER: the only well-formed
    // way to get I-PER is B-PER before it, so the decoder must revise token 0.
    const n = 2
    const em = new Float32Array(n * T)
    em[tagIndex('B-ORG')] = 1.2
    em[tagIndex('B-PER')] = 1.0
    em[T + tagIndex('I-PER')] = 5
    expect([...viterbi(em, n, new Float32Array((T + 1) * T))].map((t) => TAGS[t])).toEqual(['B-PER', 'I-PER'])
  })

  it('viterbi never outputs I- at the start or after O or another type', () => {
    const n = 3
    const em = new Float32Array(n * T)
    em[tagIndex('I-LOC')] = 10
    em[T + tagIndex('O')] = 10
    em[2 * T + tagIndex('I-ORG')] = 10
    const tags = [...viterbi(em, n, new Float32Array((T + 1) * T))]
    for (let i = 0; i < n; i++) expect(transitionAllowed(i === 0 ? -1 : tags[i - 1]!, tags[i]!)).toBe(true)
  })

  it('tags spans round-trip through IOB2', () => {
    const spans = [{ start: 0, end: 2, type: 'PER' as const }, { start: 3, end: 4, type: 'LOC' as const }, { start: 4, end: 6, type: 'LOC' as const }]
    expect(spansFromTags(tagsFromSpans(6, spans))).toEqual(spans)
  })
})
