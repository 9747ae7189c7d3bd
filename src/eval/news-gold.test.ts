import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { goldPart, parseNewsGold } from './news-gold.js'
import { SeedsGold } from './seeds.js'

// The real-news gold kept in the repository (annotations only; the texts stay in ../shared).
const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'eval-gold', 'real-news', 'gold.json')
const raw: unknown = JSON.parse(readFileSync(path, 'utf8'))
const gold = parseNewsGold(raw, path)
const required = <T extends { optional?: boolean | undefined }>(xs: readonly T[]) => xs.filter((x) => !x.optional)

describe('real-news gold file', () => {
  it('real-news gold reads in the seeds format too', () => {
    expect(SeedsGold.safeParse(raw).success).toBe(true)
  })
  it('real-news gold refers only to its own documents, entities and events', () => {
    const entities = new Set(gold.entities.map((e) => e.id))
    const events = new Set(gold.events.map((e) => e.id))
    const problems = [
      ...gold.events.filter((e) => !gold.documents[e.doc] || [e.actor, e.target].some((x) => x !== null && !entities.has(x))).map((e) => e.id),
      ...gold.claims.filter((c) => !gold.documents[c.doc] || (c.about !== undefined && !events.has(c.about))).map((c) => c.id),
      ...gold.events.filter((e) => e.cameo.slice(0, 2) !== e.cameo_root).map((e) => `${e.id} code`),
    ]
    expect(problems).toEqual([])
    expect(new Set([...gold.events, ...gold.claims].map((x) => x.id)).size).toBe(gold.events.length + gold.claims.length)
  })
  it('real-news gold is big enough and its final part holds a third of the first 24 articles', () => {
    const final = goldPart(gold, 'final')
    const dev = goldPart(gold, 'dev')
    const first = { events: [...dev.events, ...final.events], claims: [...dev.claims, ...final.claims], documents: { ...dev.documents, ...final.documents } }
    expect(required(first.events).length).toBeGreaterThanOrEqual(150)
    expect(required(first.claims).length).toBeGreaterThanOrEqual(50)
    expect(Object.keys(first.documents).length).toBe(24)
    expect(required(final.events).length * 3).toBeGreaterThanOrEqual(required(first.events).length)
    expect(required(final.claims).length * 3).toBeGreaterThanOrEqual(required(first.claims).length)
    expect(Object.keys(final.documents).length * 3).toBe(Object.keys(first.documents).length)
  })
  it('real-news gold: dev2 holds the articles its split lists, and its entities stay out of the final part', () => {
    const split = (raw as { split: Record<string, string[]> }).split
    const dev2 = goldPart(gold, 'dev2')
    expect(Object.values(dev2.documents).map((d) => d.id)).toEqual(split['dev2'])
    expect(Object.keys(dev2.documents).length).toBeGreaterThanOrEqual(8)
    expect(goldPart(gold, 'final').entities.some((e) => e.part === 'dev2')).toBe(false)
    expect(Object.keys(goldPart(gold, 'tune').documents).length).toBe(16 + Object.keys(dev2.documents).length)
  })
  it('real-news gold keeps anchors short: no article text in the repository', () => {
    const long = [...gold.events.map((e) => e.anchor), ...gold.claims.flatMap((c) => [c.anchor, c.content, c.content_last ?? ''])].filter((a) => a.length > 60)
    expect(long).toEqual([])
  })
})
