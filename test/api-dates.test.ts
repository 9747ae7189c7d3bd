/**
 * Date filters take the same forms in the HTTP API as in the CLI (a year, a month or a day), read by one parser.
 */
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/api/app.js'
import { egoNetwork } from '../src/service/graph.js'
import { listEvents } from '../src/service/facts.js'
import { submitDocument } from '../src/service/submit.js'
import { SqliteStore } from '../src/store/index.js'

let store: SqliteStore
let app: FastifyInstance

beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(process.env['TMPDIR'] ?? '/tmp', 'dossier-api-dates-')), 'd.db'))
  await submitDocument(store, { text: 'Border Clash\n\nIsrael attacked Hamas in Gaza on Monday, officials said.', meta: { title: 'Border Clash', published: '2011-05-02' } })
  await submitDocument(store, { text: 'Later Clash\n\nIsrael attacked Hamas in Rafah on Tuesday, officials said.', meta: { title: 'Later Clash', published: '2013-08-20' } })
  app = await buildApp({ store })
}, 120_000)
afterAll(async () => { await app.close(); await store.close() })

const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url })
  return { status: r.statusCode, body: r.json() as any }
}

describe('date filters as the CLI takes them', () => {
  it('to=2030, to=2011 and to=2011-05 are accepted and keep every day of that year or month', async () => {
    expect((await get('/api/events?to=2030')).body.total).toBe((await get('/api/events')).body.total)
    for (const to of ['2011', '2011-05', '2011-05-02']) {
      const events = await get(`/api/events?to=${to}`)
      expect(events.status, to).toBe(200)
      expect(events.body.total, to).toBeGreaterThan(0)
      expect(events.body.items.every((e: any) => e.date === '2011-05-02'), to).toBe(true)
      const articles = await get(`/api/articles?to=${to}`)
      expect(articles.body.items.map((a: any) => a.title), to).toEqual(['Border Clash'])
    }
    expect((await get('/api/articles?from=2013')).body.items.map((a: any) => a.title)).toEqual(['Later Clash'])
  })

  it('the graph keeps a relation seen within a year, in the API and in the service the CLI calls', async () => {
    const year = await get('/api/graph?center=Hamas&to=2011')
    expect(year.status).toBe(200)
    expect(year.body.edges.length).toBeGreaterThan(0)
    expect((await egoNetwork(store, 'Hamas', { hops: 2, maxNodes: 150, to: '2011' })).edges.length).toBe(year.body.edges.length)
  })

  it('an actor with no relation in the window is one node with its type, degree 0 and betweenness 0, not "undefined"', async () => {
    const g = await egoNetwork(store, 'Hamas', { hops: 2, maxNodes: 150, to: '2010' })
    expect(g.edges).toEqual([])
    expect(g.nodes).toEqual([expect.objectContaining({ name: 'Hamas', type: 'ORG', hops: 0, degree: 0, betweenness: 0 })])
  })

  it('a bad date is a 400 naming it; a window that ends before it starts is refused with a hint to swap', async () => {
    const bad = await get('/api/events?to=2011-13')
    expect(bad.status).toBe(400)
    expect(bad.body.issues.map((i: any) => i.path)).toEqual(['querystring.to'])
    await expect(listEvents(store, { from: '2013', to: '2011', limit: 5, offset: 0 })).rejects.toMatchObject({ code: 'E_USAGE', hint: expect.stringMatching(/swap/) })
    await expect(egoNetwork(store, 'Hamas', { hops: 2, maxNodes: 150, to: '2011-02-30' })).rejects.toMatchObject({ code: 'E_USAGE' })
  })
})
