import { afterAll, describe, expect, it } from 'vitest'
import { testPostgresUrl } from '../../test/support/services.js'
import { connectStore, openStore } from './index.js'
import { PostgresStore } from './postgres.js'
import { createTestDatabase, type TestDatabase } from './testing/pg-database.js'
import { storeSuite } from './testing/store-suite.js'

const server = testPostgresUrl('src/store/postgres.test.ts')

if (server) {
  const dbs = new Map<string, TestDatabase>()
  // every test copies one migrated database (CREATE DATABASE … TEMPLATE) instead of migrating its own
  let template: Promise<TestDatabase> | undefined
  const migrated = async (): Promise<TestDatabase> => {
    const db = await createTestDatabase(server, 'dossier_tpl')
    await (await new PostgresStore(db.url).ready()).close()
    return db
  }
  afterAll(async () => { if (template) await (await template).drop() })
  storeSuite('postgres', {
    fresh: async () => {
      const db = await createTestDatabase(server, 'dossier_test', await (template ??= migrated()))
      dbs.set(db.url, db)
      return db.url
    },
    open: async (url) => new PostgresStore(url).ready(),
    drop: async (url) => { await dbs.get(url)?.drop(); dbs.delete(url) },
  })

  describe('postgres store', () => {
    it('store opens the same database from two processes at once: migrations run once', async () => {
      const db = await createTestDatabase(server)
      try {
        const stores = await Promise.all([1, 2, 3].map(() => new PostgresStore(db.url).ready()))
        expect(await Promise.all(stores.map((s) => s.countArticles()))).toEqual([0, 0, 0])
        for (const s of stores) await s.close()
      } finally {
        await db.drop()
      }
    })

    it('store selection: a postgres:// --db opens PostgreSQL; a database that does not exist is E_STORE with a createdb hint', async () => {
      const db = await createTestDatabase(server)
      await db.drop()
      expect(openStore(db.url).kind).toBe('postgres')
      await expect(connectStore(db.url)).rejects.toMatchObject({ code: 'E_STORE', hint: expect.stringContaining('createdb') })
    })
  })
}

describe('postgres store without a server', () => {
  it('store reports a server it cannot reach with E_STORE naming host and port, without the password', async () => {
    const err = await connectStore('postgres://me:secret@127.0.0.1:9/dossier').catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'E_STORE', message: expect.stringContaining('cannot connect to PostgreSQL at 127.0.0.1:9') })
    expect(JSON.stringify({ m: (err as Error).message, c: (err as { context?: unknown }).context })).not.toContain('secret')
  })
})
