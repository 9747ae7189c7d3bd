import { describe, expect, it } from 'vitest'
import { corroborate, gradeEvent, type GradeClaim } from './grade.js'

const hostile = new Set(['hamas|islamic_state', 'islamic_state|hamas'])
const adversaries = (a: string, b: string) => hostile.has(`${a}|${b}`)
const party = { actor: 'islamic_state', target: 'hamas' }

const claim = (over: Partial<GradeClaim> & Pick<GradeClaim, 'sourceKey'>): GradeClaim => ({
  anonymous: false, stance: 'assert', hedged: false, articleId: 'a1', ...over,
})

describe('corroborate', () => {
  it('corroborate counts the same named speaker once across articles', () => {
    const c = corroborate([claim({ sourceKey: 'almuhajer', articleId: 'a1' }), claim({ sourceKey: 'almuhajer', articleId: 'a2' })], adversaries)
    expect(c.groups).toHaveLength(1)
    expect(c.groups[0]!.claims).toHaveLength(2)
  })
  it('corroborate counts a wire copy of an anonymous source once, but not two outlets\' anonymous sources', () => {
    const wire = corroborate([
      claim({ sourceKey: 'a senior official', anonymous: true, articleId: 'a1' }),
      claim({ sourceKey: 'A senior official', anonymous: true, articleId: 'a2', nearDupOf: 'a1' }),
    ], adversaries)
    expect(wire.groups).toHaveLength(1)
    const separate = corroborate([
      claim({ sourceKey: 'a senior official', anonymous: true, articleId: 'a1' }),
      claim({ sourceKey: 'a senior official', anonymous: true, articleId: 'a3' }),
    ], adversaries)
    expect(separate.groups).toHaveLength(2)
  })
  it('corroborate flags a confirmation from the adversary side and keeps denials', () => {
    const c = corroborate([
      claim({ sourceKey: 'almuhajer', affiliation: 'islamic_state' }),
      claim({ sourceKey: 'a senior Hamas operative', anonymous: true, affiliation: 'hamas', stance: 'confirm' }),
      claim({ sourceKey: 'hamas_spokesman', affiliation: 'hamas', stance: 'deny' }),
    ], adversaries, party)
    expect(c.crossSide?.claimant.key).toBe('almuhajer')
    expect(c.crossSide?.confirmer.affiliation).toBe('hamas')
    expect(c.denying.map((g) => g.key)).toEqual(['hamas_spokesman'])
    expect(c.contradictions).toHaveLength(2)
  })
})

describe('gradeEvent', () => {
  it('gradeEvent rates a single anonymous partisan hedged source E4', () => {
    const g = gradeEvent({ claims: [claim({ sourceKey: 'a senior jihadist associated with IS', anonymous: true, affiliation: 'islamic_state', hedged: true, label: 'a senior jihadist associated with IS' })], adversaries, party })
    expect(g).toMatchObject({ reliability: 'E', credibility: '4' })
    expect(g.reasons[0]).toBe('single anonymous partisan source: a senior jihadist associated with IS (islamic_state)')
    expect(g.reasons.some((r) => r.startsWith('hedged by every source'))).toBe(true)
  })
  it('gradeEvent rates a claim confirmed by the opposing side B1 and says so', () => {
    const g = gradeEvent({ claims: [
      claim({ sourceKey: 'almuhajer', affiliation: 'islamic_state', label: 'Abu Baker Almuhajer' }),
      claim({ sourceKey: 'a senior Hamas operative', anonymous: true, affiliation: 'hamas', stance: 'confirm', label: 'a senior Hamas operative' }),
    ], adversaries, party })
    expect(g).toMatchObject({ reliability: 'B', credibility: '1' })
    expect(g.reasons).toContain('confirmed by the opposing side: a senior Hamas operative confirms what Abu Baker Almuhajer (islamic_state) reported')
  })
  it('gradeEvent lowers credibility when a source denies it', () => {
    const g = gradeEvent({ claims: [
      claim({ sourceKey: 'almuhajer', affiliation: 'islamic_state', label: 'Almuhajer' }),
      claim({ sourceKey: 'hamas_spokesman', affiliation: 'hamas', stance: 'deny', label: 'Hamas spokesman' }),
    ], adversaries, party })
    expect(g.credibility).toBe('5')
    expect(g.reasons).toContain('denied by Hamas spokesman')
  })
  it('gradeEvent rates a named neutral source above a named partisan one', () => {
    const neutral = gradeEvent({ claims: [claim({ sourceKey: 'un_envoy', affiliation: 'un' })], adversaries, party })
    const partisan = gradeEvent({ claims: [claim({ sourceKey: 'almuhajer', affiliation: 'islamic_state' })], adversaries, party })
    expect(neutral).toMatchObject({ reliability: 'B', credibility: '3' })
    expect(partisan).toMatchObject({ reliability: 'C', credibility: '3' })
  })
  it('gradeEvent gives three independent unhedged sources a better grade than one', () => {
    const g = gradeEvent({ claims: [
      claim({ sourceKey: 'x', affiliation: 'un' }), claim({ sourceKey: 'y', anonymous: true, articleId: 'a2' }), claim({ sourceKey: 'z', anonymous: true, articleId: 'a3' }),
    ], adversaries, party })
    expect(g).toMatchObject({ reliability: 'A', credibility: '2' })
    expect(g.reasons[0]).toMatch(/^3 independent sources/)
  })
  it('gradeEvent cannot judge an event no source reports', () => {
    expect(gradeEvent({ claims: [], adversaries, party, reportedByOutlet: true })).toEqual({ reliability: 'F', credibility: '6', reasons: ["reported in the outlet's own voice, with no attributed source"] })
  })
  it('gradeEvent keeps the reasons of a much-reported event short: the deciding sources and a count', () => {
    const many = Array.from({ length: 30 }, (_, i) => claim({ sourceKey: `anon${i}`, anonymous: true, articleId: `a${i}`, label: `a resident ${i}` }))
    const g = gradeEvent({ claims: [...many, claim({ sourceKey: 'un_envoy', affiliation: 'un', label: 'UN envoy' })], adversaries, party })
    expect(g.reasons[0]).toBe('31 independent sources: UN envoy; a resident 0; a resident 1 and 28 more')
    expect(g.reasons.join(' ').length).toBeLessThan(200)
    const denied = gradeEvent({ claims: [claim({ sourceKey: 'x', label: 'X' }), ...Array.from({ length: 12 }, (_, i) => claim({ sourceKey: `d${i}`, stance: 'deny', label: `D${i}` }))], adversaries, party })
    expect(denied.reasons).toContain('denied by 12 sources: D0; D1; D2 and 9 more')
  })
})
