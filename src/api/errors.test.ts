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
