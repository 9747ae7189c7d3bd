import { describe, expect, it } from 'vitest'
import { LEFT, ParseState, RIGHT, SHIFT } from './arc-hybrid.js'
import { parseLabelled } from './parser.js'
import { sentenceMarks } from './parser-features.js'
import { LiveKids } from './state-labeller.js'
import { hashWords } from './words.js'

describe('labels in the parser state', () => {
  it('records each arc label and the label sets of the head on each side', () => {
    const st = new ParseState(3)
    st.apply(SHIFT); st.apply(SHIFT) // stack: root 1 2, buffer: 3
    st.apply(LEFT) // 2 ← 3
    st.setLabel(2, 5)
    st.apply(SHIFT); st.apply(RIGHT) // 1 → 3
    st.setLabel(3, 40)
    expect(st.label[2]).toBe(6)
    expect(st.lsetLo[3]).toBe(1 << 5)
    expect(st.rsetHi[1]).toBe(1 << 8)
    const copy = new ParseState(3)
    copy.copyFrom(st)
    expect(Array.from(copy.label)).toEqual(Array.from(st.label))
    st.reset(3)
    expect(st.label[2]).toBe(0)
    expect(st.lsetLo[3]).toBe(0)
  })

  it('keeps each word\'s children in word order, whatever the order they are attached in', () => {
    const kids = new LiveKids()
    kids.reset(6)
    for (const d of [4, 2, 6, 1]) kids.add(d, 3)
    expect(kids.kids[3]).toEqual([1, 2, 4, 6])
    kids.reset(6)
    expect(kids.kids[3]).toEqual([])
  })

  it('parses and labels every word of a sentence (zero weights: one root, labels from the options)', () => {
    const words = hashWords(['Police', 'arrested', 'two', 'men', '.'])
    const tags = Int32Array.from([11, 15, 8, 7, 12])
    const parser = { weights: new Int16Array((1 << 10) * 3), mask: (1 << 10) - 1 }
    const labeller = { weights: new Int16Array((1 << 10) * 4), mask: (1 << 10) - 1, nLabels: 4, rootLabel: 3 }
    const p = parseLabelled(parser, labeller, words, tags, sentenceMarks(tags, 12, 15))
    const heads = Array.from(p.heads.subarray(1))
    expect(heads.filter((h) => h === 0)).toHaveLength(1)
    for (let d = 1; d <= 5; d++) {
      expect(p.labels[d]).toBeGreaterThanOrEqual(0)
      expect(p.labels[d] === 3).toBe(p.heads[d] === 0)
    }
  })
})
