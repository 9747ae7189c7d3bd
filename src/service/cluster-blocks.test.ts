import { describe, expect, it } from 'vitest'
import { clusterEvents, type ClusterItem } from '../events/index.js'
import { seededRandom } from '../model/index.js'
import type { Event, EventCluster } from '../model/index.js'
import { clusterByGroups } from './cluster-blocks.js'

const CODES = ['190', '193', '183', '042', '036', '111', '173']
const PARTIES = ['Northern Shield', 'Coastal Council', 'Valley Front', 'Red Cedar', 'the army', 'police']
const PLACES = ['Qarnah', 'Bir Hasan', 'Tel Ramad', undefined]

/** Generated reports: few parties and codes, so linked groups are large and cluster membership depends on dates. */
function items(n: number, seed: number, from = 0): ClusterItem[] {
  const next = seededRandom(seed)
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  return Array.from({ length: n }, (_, k) => {
    const i = from + k
    const cameo = pick(CODES)
    const role = (text: string | undefined) => (text ? { text, start: 0, end: text.length } : undefined)
    const actor = next() < 0.85 ? pick(PARTIES) : undefined
    const target = next() < 0.7 ? pick(PARTIES) : undefined
    const place = pick(PLACES)
    const day = 1 + Math.floor(next() * 60)
    const event = {
      id: `event_${String(i).padStart(5, '0')}`, articleId: `article_${Math.floor(i / 3)}`, cameo, cameoRoot: cameo.slice(0, 2),
      cue: { text: 'struck', start: 0, end: 6 }, sentence: { start: 0, end: 10 }, modality: 'asserted',
      ...(actor ? { actor: role(actor) } : {}), ...(target ? { target: role(target) } : {}), ...(place ? { location: role(place) } : {}),
      ...(next() < 0.3 ? { when: { date: `2024-0${1 + Math.floor(day / 30)}-${String(1 + (day % 28)).padStart(2, '0')}`, text: 'on Monday', start: 0, end: 9 } } : {}),
    } as Event
    return {
      event, articleId: event.articleId, published: `2024-0${1 + Math.floor(day / 31)}-${String(1 + (day % 28)).padStart(2, '0')}`,
      ...(next() < 0.5 && actor ? { actorEntityId: `entity_${actor}` } : {}),
      sourceKeys: next() < 0.5 ? [pick(['s1', 's2', 's3'])] : [],
    }
  })
}

const byId = (cs: readonly EventCluster[]) => [...cs].sort((a, b) => a.id.localeCompare(b.id))

describe('clustering by linked groups', () => {
  it('gives the clusters of one call over every event, also when later additions reuse the groups of an earlier run', () => {
    const first = items(1500, 5)
    const all = [...first, ...items(300, 6, 1500)]
    const expected = byId(clusterEvents(all))
    expect(expected.some((c) => c.eventIds.length >= 3)).toBe(true)
    const run1 = clusterByGroups(first)
    expect(byId(run1.clusters)).toEqual(byId(clusterEvents(first)))
    const run2 = clusterByGroups(all, run1.memo)
    expect(byId(run2.clusters)).toEqual(expected)
    // nothing new: every group comes from the memo
    const run3 = clusterByGroups(all, run2.memo)
    expect(run3.clustered).toBe(0)
    expect(byId(run3.clusters)).toEqual(expected)
  })

  it('a changed event regroups only its linked group, and the result still equals a full clustering', () => {
    const all = items(1200, 9)
    const run1 = clusterByGroups(all)
    const changed = all.map((it, i) => (i === 7 ? { ...it, published: '2024-02-27', sourceKeys: ['s9'] } : it))
    const run2 = clusterByGroups(changed, run1.memo)
    expect(run2.clustered).toBeGreaterThan(0)
    expect(run2.clustered).toBeLessThan(changed.length)
    expect(byId(run2.clusters)).toEqual(byId(clusterEvents(changed)))
  })
})
