import { describe, expect, it } from 'vitest'
import { codeTable, type Corrections } from '../scripts/train-events-codes.js'
import { rootEvidence } from '../src/events/code-evidence.js'

const arts = (prefix: string, n: number) => new Set(Array.from({ length: n }, (_, i) => `${prefix}:${i}`))

describe('learned code table', () => {
  // "destroy" linked to a gold coding in 30 articles, coded otherwise twice as a threat; "support" 051 in 4 of 10
  const c: Corrections = {
    codes: new Map([['destroy', new Map([['138', arts('v', 2)]])], ['support', new Map([['051', arts('v', 4)], ['050', arts('w', 1)]])]]),
    linked: new Map([['destroy', arts('v', 30)], ['support', arts('v', 10)]]),
    roots: new Map([['destroy', new Map([['19', arts('v', 30)], ['13', arts('v', 2)]])], ['support', new Map([['05', arts('v', 4)], ['06', arts('v', 10)]])]]),
  }

  it('an alternative seen in two articles among many right codings of its lemma is an accident, not an entry', () => {
    expect(codeTable(c, 2, () => false, 0.1).lemmas).toEqual({ support: [['051', 4]] })
    // without the share the two articles were enough
    expect(codeTable(c, 2, () => false, 0).lemmas['destroy']).toEqual([['138', 2]])
  })

  it('the articles of a fold left out count neither as support nor as the lemma\'s linked articles', () => {
    const t = codeTable(c, 2, (a) => a === 'v:0' || a === 'v:1', 0.1)
    expect(t.lemmas['support']).toEqual([['051', 2]])
    expect(t.lemmas['destroy']).toBeUndefined()
  })

  it('the golds\' roots per lemma are counted out of fold, and tell the scorer which root the golds give a lemma most', () => {
    const t = codeTable(c, 2, (a) => a === 'v:0' || a === 'v:1', 0.1)
    expect(t.linked?.['support']).toEqual([8, { '05': 2, '06': 8 }])
    expect(rootEvidence(t, 'support', '06')).toEqual({ share: 1, best: true, articles: 8 })
    expect(rootEvidence(t, 'support', '05')).toMatchObject({ share: 0.25, best: false })
    // a root the golds never gave the lemma has a share of 0; an unknown lemma has no evidence
    expect(rootEvidence(t, 'destroy', '18')).toMatchObject({ share: 0, best: false })
    expect(rootEvidence(t, 'repel', '19')).toBeUndefined()
  })
})
