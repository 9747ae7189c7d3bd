import { describe, expect, it } from 'vitest'
import { codeTable, type Corrections } from '../scripts/train-events-codes.js'

const arts = (prefix: string, n: number) => new Set(Array.from({ length: n }, (_, i) => `${prefix}:${i}`))

describe('learned code table', () => {
  // "destroy" linked to a gold coding in 30 articles, coded otherwise twice as a threat; "support" 051 in 4 of 10
  const c: Corrections = {
    codes: new Map([['destroy', new Map([['138', arts('v', 2)]])], ['support', new Map([['051', arts('v', 4)], ['050', arts('w', 1)]])]]),
    linked: new Map([['destroy', arts('v', 30)], ['support', arts('v', 10)]]),
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
})
