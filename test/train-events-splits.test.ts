import { describe, expect, it } from 'vitest'
import { splitTable, type SplitEvidence } from '../scripts/train-events-splits.js'

const arts = (...xs: string[]) => new Set(xs)
const evidence: SplitEvidence = {
  linked: new Map([['kill', arts('p:1', 'p:2', 'p:3', 'p:4', 'p:5', 'p:6', 'p:7', 'p:8', 'p:9', 'p:10')], ['meet', arts('p:1', 'p:2', 'p:3')]]),
  codes: new Map([
    ['kill', new Map([['190', arts('p:1', 'p:2', 'p:3', 'p:4')], ['180', arts('p:5', 'p:6')], ['183', arts('p:6', 'p:7')], ['111', arts('p:8')]])],
    ['meet', new Map([['040', arts('p:1', 'p:2', 'p:3')]])],
  ]),
}

describe('split cue table', () => {
  it('a lemma splits by root: the codes of one root count once per article, under the root\'s commonest code', () => {
    expect(splitTable(evidence, 2, 0.15)['kill']).toEqual({ linked: 10, roots: [['190', 4], ['180', 3]] })
    // a root seen in too few articles, or too small a share of the lemma's, is left out
    expect(splitTable(evidence, 4, 0.15)['kill']?.roots).toEqual([['190', 4]])
    expect(splitTable(evidence, 2, 0.35)['kill']?.roots).toEqual([['190', 4]])
    expect(splitTable(evidence, 2, 0.15)['meet']).toEqual({ linked: 3, roots: [['040', 3]] })
  })

  it('the articles of a left-out fold count nowhere', () => {
    expect(splitTable(evidence, 2, 0.15, (a) => a === 'p:1' || a === 'p:6')['kill']).toEqual({ linked: 8, roots: [['190', 3], ['180', 2]] })
  })
})
