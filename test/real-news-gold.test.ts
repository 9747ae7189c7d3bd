/**
 * The real-news gold files (eval-gold/real-news, docs/real-news-gold.md): the training part `train.json` covers
 * exactly the articles gold.json leaves out, merges with gold.json without a clashing id, refers only to entities
 * and events it knows, and stays out of every other part. Reads no article (the texts stay in ../shared).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { goldPart, mergeNewsGold, parseNewsGold, type NewsGold } from '../src/eval/news-gold.js'
import { partGold } from '../scripts/real-news-gold.js'

const read = (file: string): { raw: Record<string, unknown>; gold: NewsGold } => {
  const raw = JSON.parse(readFileSync(new URL(`../eval-gold/real-news/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>
  return { raw, gold: parseNewsGold(raw, file) }
}
const base = read('gold.json')
const train = read('train.json')
const required = <T extends { optional?: boolean | undefined }>(xs: readonly T[]) => xs.filter((x) => !x.optional)

function problems(gold: NewsGold): string[] {
  const entities = new Set(gold.entities.map((e) => e.id))
  const events = new Set(gold.events.map((e) => e.id))
  const isId = (s: string) => /^[a-z0-9_]+$/.test(s)
  return [
    ...gold.events.filter((e) => !gold.documents[e.doc] || [e.actor, e.target].some((x) => x !== null && !entities.has(x))).map((e) => `${e.id} role`),
    ...gold.events.filter((e) => e.cameo.slice(0, 2) !== e.cameo_root || !/^\d{3,4}$/.test(e.cameo)).map((e) => `${e.id} code`),
    ...gold.claims.filter((c) => !gold.documents[c.doc] || (isId(c.speaker) && !entities.has(c.speaker)) || (c.about !== undefined && !events.has(c.about))).map((c) => `${c.id} ref`),
    ...[...gold.events, ...gold.claims].filter((x) => [x.anchor, ...('content' in x ? [x.content, x.content_last ?? ''] : [])].some((a) => a.length > 80)).map((x) => `${x.id} long`),
  ]
}

describe('real-news gold files', () => {
  it('real-news train part covers exactly the articles gold.json skips, in their order', () => {
    const skipped = (base.raw['selection'] as { skipped: string[] }).skipped
    expect(Object.values(train.gold.documents).map((d) => d.id)).toEqual(skipped)
    expect(Object.values(train.gold.documents).every((d) => d.part === 'train')).toBe(true)
    expect(Object.keys(train.gold.documents).filter((k) => k in base.gold.documents)).toEqual([])
    expect(train.gold.entities.every((e) => e.part === 'train')).toBe(true)
    expect(required(train.gold.events).length).toBeGreaterThanOrEqual(100)
    expect(required(train.gold.claims).length).toBeGreaterThanOrEqual(20)
  })
  it('real-news train part merges with gold.json and refers only to what the train part knows', () => {
    const part = partGold('train').gold
    expect(Object.keys(part.documents)).toEqual(Object.keys(train.gold.documents))
    expect(part.events).toHaveLength(train.gold.events.length)
    expect(problems(part)).toEqual([])
    expect(new Set([...part.events, ...part.claims].map((x) => x.id)).size).toBe(part.events.length + part.claims.length)
  })
  it('real-news all, tune and final are unchanged by the train part', () => {
    const merged = mergeNewsGold(base.gold, train.gold, 'train.json')
    for (const p of ['all', 'tune', 'final', 'dev', 'dev2'] as const) {
      expect(Object.keys(goldPart(merged, p).documents)).toEqual(Object.keys(goldPart(base.gold, p).documents))
      expect(goldPart(merged, p).entities).toEqual(goldPart(base.gold, p).entities)
      expect(Object.keys(partGold(p).gold.documents)).toEqual(Object.keys(goldPart(base.gold, p).documents))
    }
    expect(Object.keys(goldPart(base.gold, 'all').documents)).toHaveLength(44)
  })
})
