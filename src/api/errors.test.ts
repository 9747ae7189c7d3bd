import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteStore } from '../store/index.js'
import { buildApp } from './app.js'

let store: SqliteStore
let app: FastifyInstance
beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-api-errors-')), 'd.db'))
  app = await buildApp({ store, token: 'test-token-0123456789abcdef' })
})
afterAll(async () => { await app.close(); await store.close() })

const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url })
  return { status: r.statusCode, body: r.json() as { code: string; message: string; issues?: Array<{ path: string; message: string }> } }
}

describe('issue: /api/graph without center was a 400 with no hint (trial 19)', () => {
  it('a missing actor parameter says what to pass and where to find an actor id', async () => {
    const r = await get('/api/graph')
    expect(r.status).toBe(400)
    expect(r.body.code).toBe('E_INVALID_REQUEST')
    expect(r.body.message).toMatch(/center/)
    expect(r.body.message).toContain('/api/entities?q=')
    const path = await get('/api/graph/path?source=Hamas')
    expect(path.status).toBe(400)
    expect(path.body.message).toMatch(/target/)
    expect(path.body.message).toContain('/api/entities?q=')
  })
  it('a 400 on another parameter keeps its plain message', async () => {
    const r = await get('/api/graph?center=Hamas&hops=9')
    expect(r.status).toBe(400)
    expect(r.body.issues?.map((i) => i.path)).toEqual(['querystring.hops'])
    expect(r.body.message).not.toContain('/api/entities?q=')
  })
})

describe("issue: a 400's hint came from a hand table in errors.ts, so only three parameters had one (trial 20)", () => {
  it('every query and path parameter of every route is described, and the description is the hint', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; description?: string; schema?: { description?: string } }> }>>
    }
    const bare: string[] = []
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const p of op.parameters ?? []) if (p.in !== 'header' && !(p.description ?? p.schema?.description)) bare.push(`${method.toUpperCase()} ${path} ${p.in} ${p.name}`)
      }
    }
    expect(bare).toEqual([])
  })
  it('a bad value names the parameter and what to pass, on any route', async () => {
    const events = await get('/api/events?root=99')
    expect(events.status).toBe(400)
    expect(events.body.message).toMatch(/pass root=, CAMEO root codes, comma-separated \(18,19\), 01 … 20/)
    const paging = await get('/api/claims?limit=0')
    expect(paging.body.message).toMatch(/pass limit=, page size, at most 200/)
    const both = await get('/api/articles?offset=-1&from=2026-13-45')
    expect(both.body.message).toMatch(/pass offset=/)
    expect(both.body.message).toMatch(/pass from=, ISO date/)
  })
})

describe('issue: a misspelt or unknown query parameter was ignored, so the list came back unfiltered (trial 20)', () => {
  it('/api/events?actr=Iraq is a 400 naming the parameters the route takes', async () => {
    const r = await get('/api/events?actr=Iraq')
    expect(r.status).toBe(400)
    expect(r.body.message).toMatch(/actr/)
    expect(r.body.message).toMatch(/takes .*actor.*root/)
    const sort = await get('/api/claims?sort=date')
    expect(sort.status).toBe(400)
    expect(sort.body.message).toMatch(/sort/)
  })
  it('the parameters a route takes still pass', async () => {
    expect((await get('/api/events?actor=&root=19&from=2016&limit=5&offset=0')).status).not.toBe(400)
    expect((await get('/api/export?format=jsonl')).status).toBe(200)
    expect((await get('/api/events?root=18,19')).status).toBe(200)
  })
})
