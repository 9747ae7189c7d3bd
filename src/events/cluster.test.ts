import { describe, expect, it } from 'vitest'
import { docBuilder } from '../text/testing/doc-builder.js'
import { extractEvents } from './extract.js'
import { parsedDoc, withSyntax } from './testing/parsed.js'
import { clusterEvents, dateRange, independentSources, typeFamily, type ClusterItem } from './cluster.js'

/** Entity ids as a resolver would give them, keyed by mention text. */
const ENTITY: Record<string, string> = {
  'Israeli forces': 'idf', 'Israeli troops': 'idf', 'Israeli soldiers': 'idf', 'Hamas': 'hamas', 'Jenin': 'jenin',
  'Islamic Jihad': 'pij',
}

function report(articleId: string, text: string, published: string, names: string[], extra: Partial<ClusterItem> = {}): ClusterItem[] {
  const doc = parsedDoc(text, {
    meta: { published },
    mentions: names.map((n) => ({ text: n, type: n === 'Jenin' ? 'LOC' as const : 'ORG' as const })),
  })
  return extractEvents(doc).map((event) => ({
    event, articleId, published,
    ...(event.actor ? { actorEntityId: ENTITY[event.actor.text] } : {}),
    ...(event.target ? { targetEntityId: ENTITY[event.target.text] } : {}),
    ...extra,
  }))
}

describe('clusterEvents', () => {
  const a = report('a1', 'Israeli forces arrested 15 Hamas members in Jenin on Sunday.', '2024-03-11', ['Israeli forces', 'Hamas', 'Jenin'])
  const b = report('a2', 'Fifteen Hamas members were detained by Israeli troops in Jenin, the army said.', '2024-03-11', ['Israeli troops', 'Hamas', 'Jenin'])
  const c = report('a3', 'On Sunday Israeli soldiers took in for questioning 15 members of Hamas in Jenin.', '2024-03-12', ['Israeli soldiers', 'Hamas', 'Jenin'])
  const other = report('a4', 'Islamic Jihad fighters attacked Israeli troops in Jenin on Sunday.', '2024-03-11', ['Islamic Jihad', 'Israeli troops', 'Jenin'])

  it('cluster groups three differently worded reports of one event into one cluster with three reports', () => {
    expect([a, b, c].map((x) => x.length)).toEqual([1, 1, 1])
    const clusters = clusterEvents([...a, ...b, ...c])
    expect(clusters).toHaveLength(1)
    expect(clusters[0]!.reports).toBe(3)
    expect(clusters[0]!.independentSources).toBe(3)
    expect(clusters[0]!.cameoRoot).toBe('17')
    expect(clusters[0]!.actorEntityId).toBe('idf')
    expect(clusters[0]!.targetEntityId).toBe('hamas')
  })

  it('cluster keeps a different event (other dyad and type) apart', () => {
    const clusters = clusterEvents([...a, ...b, ...other])
    expect(clusters.map((x) => x.reports).sort()).toEqual([1, 2])
  })

  it('cluster separates the same dyad and type a month apart', () => {
    const later = report('a5', 'Israeli forces arrested 15 Hamas members in Jenin.', '2024-04-20', ['Israeli forces', 'Hamas', 'Jenin'])
    expect(clusterEvents([...a, ...later])).toHaveLength(2)
  })

  it('cluster counts near-duplicate articles and a shared speaker as one independent source', () => {
    const bDup = b.map((x) => ({ ...x, nearDupOf: 'a1' }))
    const c2 = c.map((x) => ({ ...x, sourceKeys: ['spokesman-x'] }))
    const a2 = a.map((x) => ({ ...x, sourceKeys: ['spokesman-x'] }))
    const [cl] = clusterEvents([...a2, ...bDup, ...c2])
    expect(cl!.reports).toBe(3)
    expect(cl!.independentSources).toBe(1)
  })

  it('cluster ids are stable across input order', () => {
    const x = clusterEvents([...a, ...b, ...c]).map((k) => k.id)
    const y = clusterEvents([...c, ...b, ...a]).map((k) => k.id)
    expect(y).toEqual(x)
  })

  it('cluster helpers: type families, date precision and source counting', () => {
    expect(typeFamily('190')).toBe(typeFamily('183'))
    expect(typeFamily('173')).not.toBe(typeFamily('190'))
    expect(dateRange('2015')!.to - dateRange('2015')!.from).toBeGreaterThan(364 * 86_400_000)
    expect(independentSources([])).toBe(0)
  })
})
