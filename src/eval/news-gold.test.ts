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
  it('real-news gold is big enough and its final part holds a third of it', () => {
    const final = goldPart(gold, 'final')
    expect(required(gold.events).length).toBeGreaterThanOrEqual(150)
    expect(required(gold.claims).length).toBeGreaterThanOrEqual(50)
    expect(Object.keys(gold.documents).length).toBeGreaterThanOrEqual(24)
    expect(required(final.events).length * 3).toBeGreaterThanOrEqual(required(gold.events).length)
    expect(required(final.claims).length * 3).toBeGreaterThanOrEqual(required(gold.claims).length)
    expect(Object.keys(final.documents).length * 3).toBe(Object.keys(gold.documents).length)
  })
  it('real-news gold keeps anchors short: no article text in the repository', () => {
    const long = [...gold.events.map((e) => e.anchor), ...gold.claims.flatMap((c) => [c.anchor, c.content, c.content_last ?? ''])].filter((a) => a.length > 60)
    expect(long).toEqual([])
  })
})
