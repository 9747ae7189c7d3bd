import { describe, expect, it } from 'vitest'
import { parseConll } from './conll.js'

describe('conll reader', () => {
  it('conll reader parses CoNLL-2003 columns and sentence breaks', () => {
    const s = parseConll('EU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n')
    expect(s).toHaveLength(2)
    expect(s[0]!.words).toEqual(['EU', 'rejects'])
    expect(s[1]!.tags).toEqual(['B-PER', 'I-PER'])
    expect(s[0]!.pos).toEqual(['NNP', 'VBZ'])
  })
  it('conll reader parses UNER tab files with comments and documents', () => {
    const s = parseConll('# newdoc id = a\n# text = x\n1\tIt\tO\t-\t-\n2\tArgentina\tB-LOC\t-\t-\n\n# newdoc id = b\n1\tBob\tB-PER\t-\t-\n')
    expect(s.map((x) => x.words)).toEqual([['It', 'Argentina'], ['Bob']])
    expect(s.map((x) => x.doc)).toEqual([0, 1])
    expect(s[0]!.tags).toEqual(['O', 'B-LOC'])
  })
  it('conll reader converts IOB1 to IOB2', () => {
    const s = parseConll('New x x I-LOC\nYork x x I-LOC\nis x x O\n')
    expect(s[0]!.tags).toEqual(['B-LOC', 'I-LOC', 'O'])
  })
  it('conll reader rejects lines without a tag', () => {
    expect(() => parseConll('EU\n')).toThrow(/expected/)
  })
})
