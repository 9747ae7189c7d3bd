import { describe, expect, it } from 'vitest'
import { gradeEvent, outletReportsOf } from './grade.js'

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

  // The trial's case: two outlets state an attack in their own voice; a third article quotes a denial.
  const denial = { sourceKey: 'sudan', anonymous: false, stance: 'deny' as const, hedged: false, articleId: 'c', outlet: 'VOA', label: 'Sudan' }
  const neutral = { actor: 'Taliban', target: 'police' }

  it("gradeEvent counts the outlets' own reports, so a denial of a reported event is not 'only denials'", () => {
    const g = gradeEvent({ claims: [denial], adversaries: () => false, party: neutral,
      outletReports: [{ articleId: 'a', outlet: 'Reuters' }, { articleId: 'b', outlet: 'AP' }] })
    expect(g).toMatchObject({ reliability: 'F', credibility: '4' })
    expect(g.reasons.join(' | ')).not.toMatch(/only denials/)
    expect(g.reasons).toContain("2 independent sources: Reuters's own report; AP's own report")
    expect(g.reasons).toContain('denied by Sudan')
  })

  it('gradeEvent still says only denials when no outlet reports the event', () => {
    expect(gradeEvent({ claims: [denial], adversaries: () => false, party: neutral }).reasons).toContain('only denials: Sudan')
  })

  it("gradeEvent counts a wire copy, and an outlet's report beside its own quoted source, once", () => {
    const police = { sourceKey: 'police', anonymous: false, stance: 'assert' as const, hedged: false, articleId: 'a', outlet: 'Reuters', label: 'police' }
    const g = gradeEvent({ claims: [police], adversaries: () => false, party: neutral,
      outletReports: [{ articleId: 'a', outlet: 'Reuters' }, { articleId: 'b', outlet: 'Reuters' }, { articleId: 'd', nearDupOf: 'a', outlet: 'Yahoo' }] })
    // Reuters quoting the police is one source; Reuters stating it again elsewhere and a copy of article a add none
    expect(g).toMatchObject({ reliability: 'B', credibility: '3' })
  })

  it("gradeEvent does not raise the reliability of outlets' own reports by their number", () => {
    const g = gradeEvent({ claims: [], adversaries: () => false, party: neutral,
      outletReports: [{ articleId: 'a', outlet: 'Reuters' }, { articleId: 'b', outlet: 'AP' }, { articleId: 'c', outlet: 'AFP' }] })
    expect(g).toMatchObject({ reliability: 'F', credibility: '2' })
  })

  it('outletReportsOf takes the articles that state an event, not those that quote a source about it', () => {
    const events = [{ id: 'e1', articleId: 'a' }, { id: 'e2', articleId: 'b' }, { id: 'e3', articleId: 'b' }, { id: 'e4', articleId: 'c' }]
    const about: Record<string, Array<{ articleId: string }>> = { e1: [{ articleId: 'a' }], e4: [{ articleId: 'a' }] }
    const articles: Record<string, { outlet?: string; nearDupOf?: string }> = { a: { outlet: 'Reuters' }, b: { outlet: 'AP' }, c: { outlet: 'Yahoo', nearDupOf: 'a' } }
    expect(outletReportsOf(events, (id) => about[id] ?? [], (id) => articles[id])).toEqual([
      { articleId: 'b', outlet: 'AP' }, { articleId: 'c', nearDupOf: 'a', outlet: 'Yahoo' },
    ])
  })
})
