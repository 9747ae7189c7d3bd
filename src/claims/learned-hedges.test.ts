import { describe, expect, it } from 'vitest'
import { claimStance } from './stance.js'
import { LEARNED_HEDGES, learnedHedge } from './learned-hedges.js'

describe('learned hedges', () => {
  it('learned hedges: an expectation in the content makes the claim a hedge, with the word kept as its hedge', () => {
    const s = claimStance('said', 'the storm is expected to reach the coast on Friday')
    expect(s.stance).toBe('hedge')
    expect(s.hedges).toContain('expected')
  })

  it('learned hedges: a plain statement of fact stays an assertion', () => {
    expect(claimStance('said', 'the storm reached the coast on Friday').stance).toBe('assert')
  })

  it('learned hedges: a denial or confirmation keeps its stance', () => {
    expect(claimStance('denied', 'that the talks are expected to fail').stance).toBe('deny')
  })

  it('learned hedges: only the first words of a long content count', () => {
    const long = 'the ministry sent twelve trucks of food and water to the three towns on Monday, which officials hope will help'
    expect(learnedHedge(long)).toBeUndefined()
  })

  it('learned hedges: every learned word was coded a hedge more often than an assertion', () => {
    expect(LEARNED_HEDGES.length).toBeGreaterThan(0)
    for (const [, hedges, asserts] of LEARNED_HEDGES) expect(hedges).toBeGreaterThan(asserts)
  })
})
