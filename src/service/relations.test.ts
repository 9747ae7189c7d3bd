import { describe, expect, it } from 'vitest'
import type { Grade } from '../model/index.js'
import { bucketVotes, dyadsFromClusters, gradeWeight, periodOf, summarizeVotes, votesIn, type EventFact } from './relations.js'

const ev = (id: string, goldstein: number, date: string, modality = 'asserted'): EventFact =>
  ({ id, articleId: `a_${id}`, cameo: goldstein < 0 ? '190' : '040', quadClass: goldstein < 0 ? 4 : 1, goldstein, modality, date })
const A1: Grade = { reliability: 'A', credibility: '1', reasons: [] }
const E5: Grade = { reliability: 'E', credibility: '5', reasons: [] }

describe('relations over time', () => {
  it('relations count one vote per event cluster, however many reports it has', () => {
    const events = new Map([ev('e1', -10, '2016-03-01'), ev('e2', -10, '2016-03-02'), ev('e3', -10, '2016-03-03')].map((e) => [e.id, e]))
    const [d] = dyadsFromClusters([{ id: 'c1', actorEntityId: 'x', targetEntityId: 'y', eventIds: ['e1', 'e2', 'e3'], grade: A1 }], events, new Map())
    expect(d!.votes).toHaveLength(1)
    expect(summarizeVotes(d!.votes)).toMatchObject({ kind: 'hostile', score: -1, clusters: 1, firstSeen: '2016-03-01' })
  })

  it('relations weigh a well-graded cluster above a poorly graded one', () => {
    expect(gradeWeight(A1)).toBeGreaterThan(gradeWeight(E5))
    const events = new Map([ev('e1', 4, '2016-03-01'), ev('e2', -10, '2016-03-02')].map((e) => [e.id, e]))
    const [d] = dyadsFromClusters([
      { id: 'c1', actorEntityId: 'x', targetEntityId: 'y', eventIds: ['e1'], grade: A1 },
      { id: 'c2', actorEntityId: 'y', targetEntityId: 'x', eventIds: ['e2'], grade: E5 },
    ], events, new Map())
    expect(summarizeVotes(d!.votes).kind).toBe('cooperative')
  })

  it('relations lift a member’s act to its organisation at half weight and skip reported-but-denied events', () => {
    const events = new Map([ev('e1', -10, '2016-03-01'), ev('e2', -10, '2016-03-01', 'denied')].map((e) => [e.id, e]))
    const dyads = dyadsFromClusters([
      { id: 'c1', actorEntityId: 'person', targetEntityId: 'y', eventIds: ['e1'], grade: A1 },
      { id: 'c2', actorEntityId: 'z', targetEntityId: 'y', eventIds: ['e2'], grade: A1 },
    ], events, new Map([['person', ['org']]]))
    expect(dyads.map((d) => `${d.a}-${d.b}:${summarizeVotes(d.votes).score}`)).toEqual(['org-y:-0.5', 'person-y:-1'])
  })

  it('relations bucket by ISO week or month and filter by a time window', () => {
    expect(periodOf('2016-01-01', 'week')).toBe('2015-W53')
    expect(periodOf('2016-03-14T10:00:00Z', 'week')).toBe('2016-W11')
    expect(periodOf('2016-03-14', 'month')).toBe('2016-03')
    expect(periodOf(undefined, 'month')).toBe('undated')
    const events = new Map([ev('e1', -10, '2016-02-10'), ev('e2', 5, '2016-03-20')].map((e) => [e.id, e]))
    const [d] = dyadsFromClusters([
      { id: 'c1', actorEntityId: 'x', targetEntityId: 'y', eventIds: ['e1'], grade: A1 },
      { id: 'c2', actorEntityId: 'x', targetEntityId: 'y', eventIds: ['e2'], grade: A1 },
    ], events, new Map())
    expect(bucketVotes(d!.votes, 'month').map((b) => [b.period, b.kind])).toEqual([['2016-02', 'hostile'], ['2016-03', 'cooperative']])
    expect(votesIn(d!.votes, '2016-03-01', '2016-03-31').map((v) => v.clusterId)).toEqual(['c2'])
  })
})
