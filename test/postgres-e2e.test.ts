/**
 * The whole path on PostgreSQL: ingest the seed articles (fixtures/seeds) → aggregate → query, compared with the
 * same run on SQLite; and `dossier migrate` SQLite → PostgreSQL → SQLite, compared record by record.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { digestStore, migrateStore } from '../src/export/index.js'
import { dossier } from '../src/service/dossier.js'
import { ingest } from '../src/service/ingest.js'
import { searchEntities } from '../src/service/search.js'
import { PostgresStore, SqliteStore, type Store } from '../src/store/index.js'
import { createTestDatabase, type TestDatabase } from '../src/store/testing/pg-database.js'
import { testPostgresUrl } from './support/services.js'

const server = testPostgresUrl('test/postgres-e2e.test.ts')
const SEEDS = 'fixtures/seeds'

/** What a user sees of a store: entities with counts, relations, graded clusters, and the dossier of each of the top actors. */
async function picture(store: Store): Promise<unknown> {
  const entities = await store.listEntities()
  const dossiers = []
  for (const e of entities.slice(0, 5)) dossiers.push(await dossier(store, e.id))
  const all = { entities, relations: await store.relations(), clusters: await store.clusters(), judgements: (await store.judgements()).map((j) => ({ ...j, at: '' })), dossiers }
  // articles without a publication date are dated by their ingest time, which differs between two runs
  return JSON.parse(JSON.stringify(all).replace(/T\d\d:\d\d:\d\d\.\d{3}Z/g, '')) as unknown
}

describe.skipIf(!server)('postgres end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-e2e-'))
  const dbs: TestDatabase[] = []
  let sqlite: SqliteStore
  beforeAll(async () => {
    sqlite = new SqliteStore(join(dir, 'seeds.db'))
    await ingest(sqlite, [SEEDS])
  })
  afterAll(async () => {
    await sqlite.close()
    for (const d of dbs) await d.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('ingest → aggregate → query on PostgreSQL gives the seeds the same entities, relations, grades and dossiers as SQLite', async () => {
    const db = await createTestDatabase(server!)
    dbs.push(db)
    const pg = await new PostgresStore(db.url).ready()
    try {
      const summary = await ingest(pg, [SEEDS])
      expect(summary.added).toBe(await sqlite.countArticles())
      const hamas = await dossier(pg, 'Hamas')
      expect(hamas.entity.canonicalName).toBe('Hamas')
      expect(await picture(pg)).toEqual(await picture(sqlite))
      expect((await pg.searchArticles('hamas sinai', { limit: 5, offset: 0 })).total).toBe((await sqlite.searchArticles('hamas sinai', { limit: 5, offset: 0 })).total)
      // entity search tolerant of transliteration: "Dugmash" finds Mumtaz Dughmush on both stores
      const dugmash = await searchEntities(pg, 'Dugmash', { limit: 5, offset: 0 })
      expect(dugmash.items.map((h) => h.entity.canonicalName)).toContain('Mumtaz Dughmush')
      expect(JSON.parse(JSON.stringify(dugmash))).toEqual(JSON.parse(JSON.stringify(await searchEntities(sqlite, 'Dugmash', { limit: 5, offset: 0 }))))
    } finally {
      await pg.close()
    }
  })

  it('incremental aggregation on PostgreSQL: the seeds ingested one article at a time give what SQLite gives the same way', async () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f))
    const db = await createTestDatabase(server!)
    dbs.push(db)
    const pg = await new PostgresStore(db.url).ready()
    const lite = new SqliteStore(join(dir, 'batches.db'))
    try {
      for (const f of files) { await ingest(pg, [f]); await ingest(lite, [f]) }
      expect(await picture(pg)).toEqual(await picture(lite))
    } finally {
      await pg.close()
      await lite.close()
    }
  })

  it('migrate SQLite → PostgreSQL → SQLite keeps every record: equal counts and export checksums, syntax and sentences kept', async () => {
    const db = await createTestDatabase(server!)
    dbs.push(db)
    const pg = await new PostgresStore(db.url).ready()
    const back = new SqliteStore(join(dir, 'back.db'))
    try {
      const there = await migrateStore(sqlite, pg)
      const home = await migrateStore(pg, back)
      const original = await digestStore(sqlite)
      expect(there.target).toEqual(original)
      expect(home.target).toEqual(original)
      expect(original.counts['article']).toBeGreaterThan(0)
      expect(original.counts['entity']).toBeGreaterThan(0)
      const [first] = await sqlite.listArticles({ limit: 1 })
      expect(await back.syntaxOf(first!.id)).toEqual(await sqlite.syntaxOf(first!.id))
      expect(await pg.sentencesOf(first!.id)).toEqual(await sqlite.sentencesOf(first!.id))
      expect(await picture(back)).toEqual(await picture(sqlite))
    } finally {
      await pg.close()
      await back.close()
    }
  })
})
