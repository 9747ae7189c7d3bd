import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDossier } from '../cli/commands/show.js'
import { SqliteStore } from '../store/index.js'
import { dossier } from './dossier.js'
import { listClaims, listEvents } from './facts.js'
import { submitDocument } from './submit.js'

// Made-up reports: the same clash, once in a dated article, once in an undated one (an old wire story with no date).
const dated = 'Border Report\n\nIsrael attacked Hamas in Gaza on Monday, officials said.'
const undated = 'Old Wire\n\nIsrael attacked Hamas in Rafah on Tuesday, officials said.'

let store: SqliteStore
let undatedId: string

beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(process.env['TMPDIR'] ?? '/tmp', 'dossier-undated-')), 'd.db'))
  await submitDocument(store, { text: dated, meta: { title: 'Border Report', published: '2011-05-02' } })
  undatedId = (await submitDocument(store, { text: undated, meta: { title: 'Old Wire' } })).articleIds[0]!
}, 120_000)
afterAll(async () => { await store.close() })

describe('undated articles keep their ingest time apart from the news date', () => {
  it('undated events and claims have no date, only ingestedAt', async () => {
    const events = await listEvents(store, { limit: 50, offset: 0 })
    const mine = events.items.filter((e) => e.articleId === undatedId)
    expect(mine.length).toBeGreaterThan(0)
    for (const e of mine) { expect(e.date).toBeUndefined(); expect(e.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/) }
    const other = events.items.find((e) => e.articleId !== undatedId)!
    expect([other.date, other.ingestedAt]).toEqual(['2011-05-02', undefined])
    const claims = (await listClaims(store, { limit: 50, offset: 0 })).items.filter((c) => c.articleId === undatedId)
    for (const c of claims) expect(c.date).toBeUndefined()
  })

  it('undated a date filter leaves undated events out, even an open-ended one', async () => {
    const year = new Date().toISOString().slice(0, 4)
    expect((await listEvents(store, { from: year, limit: 50, offset: 0 })).total).toBe(0)
    const upTo = await listEvents(store, { to: '2011', limit: 50, offset: 0 })
    expect(upTo.total).toBeGreaterThan(0)
    expect(upTo.items.every((e) => e.date === '2011-05-02')).toBe(true)
    expect((await store.articlesPage({ limit: 10, offset: 0, from: year })).total).toBe(0)
  })

  it('undated relations span only real dates and show prints "undated (ingested …)"', async () => {
    const d = await dossier(store, 'Hamas', { limit: 50 })
    const israel = d.relations.find((r) => r.other.name === 'Israel')!
    expect([israel.clusters, israel.firstSeen, israel.lastSeen]).toEqual([2, '2011-05-02', '2011-05-02'])
    const text = renderDossier(d)
    // a relation seen only in undated articles says so once (no "undated" bucket after "no dated event")
    const undatedOnly = renderDossier({ ...d, relations: [{ ...israel, firstSeen: undefined, lastSeen: undefined, buckets: [{ ...israel.buckets[0]!, period: 'undated' }] }] })
    expect(undatedOnly).toMatch(/hostile: Israel  score [-\d.]+ \(2 cluster\(s\)\) no dated event\n/)
    expect(text).toMatch(/Old Wire, undated \(ingested \d{4}-\d{2}-\d{2}\)/)
    expect(text).not.toMatch(new RegExp(`Old Wire, ${new Date().toISOString().slice(0, 10)}`))
    expect(text).toContain('Border Report, 2011-05-02')
  })
})
