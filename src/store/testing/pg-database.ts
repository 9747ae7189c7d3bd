/**
 * Throw-away PostgreSQL databases for tests and benchmarks: CREATE DATABASE with a random name on the server
 * of `serverUrl` (DOSSIER_TEST_PG), and a `drop` that ends its connections and drops it.
 * @module
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export interface TestDatabase {
  /** postgres:// URL of the new, empty database. */
  readonly url: string
  drop(): Promise<void>
}

async function admin<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: serverUrl })
  await c.connect()
  try { return await fn(c) } finally { await c.end() }
}

/** A new database; with `template`, a copy of that database (which must have no open connection). */
export async function createTestDatabase(serverUrl: string, prefix = 'dossier_test', template?: TestDatabase): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${new URL(template.url).pathname.slice(1)}` : ''}`))
  const u = new URL(serverUrl)
  u.pathname = `/${name}`
  return {
    url: u.toString(),
    drop: () => admin(serverUrl, async (c) => { await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }),
  }
}
