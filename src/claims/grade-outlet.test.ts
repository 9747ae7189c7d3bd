import { describe, expect, it } from 'vitest'
import { gradeEvent } from './grade.js'

describe('gradeEvent outlet voice', () => {
  const adversaries = (a: string, b: string) => [a, b].sort().join('|') === 'Hamas|Israel Defense Forces'
  const party = { actor: 'Israel Defense Forces', target: 'Hamas' }

  it("gradeEvent grades a party's own release as that party's claim, not 'cannot judge'", () => {
    const g = gradeEvent({ claims: [], adversaries, party, reportedByOutlet: true,
      outletSource: { label: 'IDF', affiliation: 'Israel Defense Forces', articleId: 'a1' } })
    expect(g).toMatchObject({ reliability: 'C', credibility: '3' })
    expect(g.reasons[0]).toBe("the outlet's own release: IDF speaks for Israel Defense Forces")
    expect(g.reasons.join(' ')).toMatch(/single named partisan source/)
  })

  it('gradeEvent still cannot judge an outlet the knowledge base does not place', () => {
    expect(gradeEvent({ claims: [], adversaries, party, reportedByOutlet: true })).toMatchObject({ reliability: 'F', credibility: '6' })
  })
})
