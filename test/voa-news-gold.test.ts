/**
 * The VOA news gold files (eval-gold/voa-news, docs/voa-news-gold.md): well-formed, self-consistent, and holding
 * only anchors, never article text. Reads no article (the texts stay in ../shared); vfinal is checked only when its
 * file is present, and a failure names its ids, never its anchors.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { NewsGold } from '../src/eval/news-gold.js'
import { mergeParts, readVoaGold } from '../scripts/voa-news-gold.js'

const parts = (['vtune', 'vfinal'] as const).filter((p) => existsSync(new URL(`../eval-gold/voa-news/${p}.json`, import.meta.url)))
const required = <T extends { optional?: boolean | undefined }>(xs: readonly T[]) => xs.filter((x) => !x.optional)

function problems(gold: NewsGold): string[] {
  const entities = new Set(gold.entities.map((e) => e.id))
  const events = new Set(gold.events.map((e) => e.id))
  return [
    ...gold.events.filter((e) => !gold.documents[e.doc] || [e.actor, e.target].some((x) => x !== null && !entities.has(x))).map((e) => `${e.id} role`),
    ...gold.events.filter((e) => e.cameo.slice(0, 2) !== e.cameo_root || !/^\d{3,4}$/.test(e.cameo)).map((e) => `${e.id} code`),
    ...gold.claims.filter((c) => !gold.documents[c.doc] || (c.about !== undefined && !events.has(c.about))).map((c) => `${c.id} ref`),
    ...[...gold.events, ...gold.claims].filter((x) => [x.anchor, ...('content' in x ? [x.content, x.content_last ?? ''] : [])].some((a) => a.length > 60)).map((x) => `${x.id} long`),
  ]
}

describe('VOA news gold files', () => {
  it('voa gold: the tuning part is present and big enough to measure on', () => {
    expect(parts).toContain('vtune')
    const g = readVoaGold('vtune')
    expect(Object.keys(g.documents)).toHaveLength(20)
    expect(required(g.events).length).toBeGreaterThanOrEqual(50)
    expect(required(g.claims).length).toBeGreaterThanOrEqual(40)
  })
  it.each(parts)('voa gold %s refers only to its own documents, entities and events, with short anchors', (part) => {
    const g = readVoaGold(part)
    expect(problems(g)).toEqual([])
    expect(new Set([...g.events, ...g.claims].map((x) => x.id)).size).toBe(g.events.length + g.claims.length)
    const parity = part === 'vtune' ? 0 : 1
    expect(Object.keys(g.documents).filter((k) => Number(/^gmb-6000-(\d+)\.txt$/.exec(k)?.[1] ?? -1) % 2 !== parity)).toEqual([])
  })
  it('voa gold --part all keeps each part\'s roles apart when both use the same id', () => {
    const doc = (k: number, part: 'dev' | 'final'): NewsGold['documents'] => ({ [`gmb-6000-${k}.txt`]: { id: `gmb-6000-${k}`, part } })
    const ev = (doc: string, actor: string) => ({ id: 'e1', doc, actor, target: null, cameo_root: '19', cameo: '190', modality: 'asserted', what: 'w', anchor: 'a' })
    const a: NewsGold = { documents: doc(0, 'dev'), entities: [{ id: 'army', type: 'ORG', canonical: 'Israeli army', aliases: [] }], events: [ev('gmb-6000-0.txt', 'army')], claims: [] }
    const b: NewsGold = { documents: doc(1, 'final'), entities: [{ id: 'army', type: 'ORG', canonical: 'Colombian Army', aliases: [] }], events: [ev('gmb-6000-1.txt', 'army')], claims: [] }
    const m = mergeParts(a, b)
    expect(m.entities.map((e) => [e.id, e.canonical])).toEqual([['vtune_army', 'Israeli army'], ['vfinal_army', 'Colombian Army']])
    expect(m.events.map((e) => [e.id, e.actor])).toEqual([['vtune_e1', 'vtune_army'], ['vfinal_e1', 'vfinal_army']])
    expect(problems(m)).toEqual([])
  })
})
