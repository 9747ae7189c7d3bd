/**
 * The connection side of the PostgreSQL store: a pool, migrations under an advisory lock (many workers may open
 * the same database at once), transactions, server-side cursors for streaming reads, and coded errors that name
 * the server (never its password) and say what to do.
 * @module
 */
import type Pg from 'pg'
import { DossierError, isDossierError } from '../../model/index.js'
import { lazyPackage } from '../../model/index.js'
import { PG_MIGRATIONS, REVISION_TRIGGERS } from './schema.js'

export type Row = Record<string, unknown>
export type Client = Pg.PoolClient

const loadPg = lazyPackage<typeof Pg>('pg')
let bigintAsNumber = false

/** The pg driver, loaded on the first connection (the SQLite default never pays for it). */
export function pgDriver(): typeof Pg {
  const pg = loadPg()
  // bigint (count(*), bigserial) as a JS number: Dossier's counts stay far below 2^53
  if (!bigintAsNumber) pg.types.setTypeParser(20, (v: string) => Number(v))
  bigintAsNumber = true
  return pg
}

/** The URL with its password masked, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, '$1:***@')
}

function where(url: string): { host: string; port: string; database: string } {
  try {
    const u = new URL(url)
    return { host: u.hostname || 'localhost', port: u.port || '5432', database: decodeURIComponent(u.pathname.slice(1)) || '(default)' }
  } catch {
    return { host: '?', port: '?', database: '?' }
  }
}

/** A pg or network error → a DossierError that says which server and what to try. */
export function storeError(e: unknown, url: string, doing: string): DossierError {
  if (isDossierError(e)) return e
  const err = e as { code?: string; message?: string }
  const { host, port, database } = where(url)
  const at = `PostgreSQL at ${host}:${port}`
  const code = err.code ?? ''
  const base = { cause: e, context: { db: redactUrl(url) } }
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', '57P03'].includes(code)) {
    return new DossierError('E_STORE', `cannot connect to ${at}: ${err.message ?? code}`, {
      ...base, hint: 'start the server or fix the host/port in --db / DOSSIER_DB (postgres://user@host:port/database)',
    })
  }
  if (code === '3D000') {
    return new DossierError('E_STORE', `${at} has no database "${database}"`, { ...base, hint: `create it first: createdb -h ${host} -p ${port} ${database}` })
  }
  if (code === '28P01' || code === '28000') {
    return new DossierError('E_STORE', `${at} refused the login: ${err.message ?? code}`, { ...base, hint: 'check the user and password in the postgres:// URL' })
  }
  if (code === '42501' || code === '58P01' || code === '0A000') {
    return new DossierError('E_STORE', `${at}: ${doing} needs the pg_trgm and unaccent extensions: ${err.message ?? code}`, {
      ...base, hint: 'install postgresql-contrib, and let the database owner (or a superuser) run the first open',
    })
  }
  return new DossierError('E_STORE', `${at}: ${doing} failed: ${err.message ?? String(e)}`, { ...base, hint: 'see the PostgreSQL server log' })
}

export class PgDb {
  readonly url: string
  readonly pool: Pg.Pool
  /** Settles when the schema is current; every call waits on it. */
  readonly ready: Promise<void>
  private cursors = 0

  constructor(url: string, opts: { max?: number } = {}) {
    this.url = url
    this.pool = new (pgDriver().Pool)({ connectionString: url, max: opts.max ?? 8, connectionTimeoutMillis: 30_000 })
    this.pool.on('error', () => { /* an idle client lost its server: the next query reports it */ })
    this.ready = this.migrate()
    this.ready.catch(() => { /* reported by the first call that awaits it */ })
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock(hashtext('dossier.migrate'))")
      await c.query('CREATE TABLE IF NOT EXISTS dossier_schema (version INTEGER NOT NULL)')
      const r = await c.query('SELECT version FROM dossier_schema')
      const version = r.rows.length ? Number((r.rows[0] as Row)['version']) : 0
      if (version > PG_MIGRATIONS.length) {
        throw new DossierError('E_STORE', `database ${redactUrl(this.url)} has schema version ${version}, newer than this Dossier (${PG_MIGRATIONS.length})`, { hint: 'upgrade Dossier' })
      }
      if (version === PG_MIGRATIONS.length) return
      for (let v = version; v < PG_MIGRATIONS.length; v++) await c.query(PG_MIGRATIONS[v]!)
      await c.query(REVISION_TRIGGERS)
      await c.query('DELETE FROM dossier_schema')
      await c.query('INSERT INTO dossier_schema (version) VALUES ($1)', [PG_MIGRATIONS.length])
    }, 'opening the store', false)
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    await this.ready
    try {
      return (await this.pool.query(sql, params as unknown[])).rows as Row[]
    } catch (e) {
      throw storeError(e, this.url, 'a query')
    }
  }

  async one(sql: string, params: readonly unknown[] = []): Promise<Row | undefined> {
    return (await this.query(sql, params))[0]
  }

  /** Run `fn` in one transaction on one connection; rolled back when it throws. */
  async transaction<T>(fn: (c: Client) => Promise<T>, doing = 'a write', waitReady = true): Promise<T> {
    if (waitReady) await this.ready
    let client: Client
    try {
      client = await this.pool.connect()
    } catch (e) {
      throw storeError(e, this.url, doing)
    }
    try {
      await client.query('BEGIN')
      const out = await fn(client)
      await client.query('COMMIT')
      return out
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw storeError(e, this.url, doing)
    } finally {
      client.release()
    }
  }

  /** Stream a query's rows through a server-side cursor (constant memory), in one consistent snapshot. */
  async *cursor(sql: string, params: readonly unknown[] = [], batch = 500): AsyncGenerator<Row> {
    await this.ready
    const client = await this.pool.connect().catch((e: unknown) => { throw storeError(e, this.url, 'a read') })
    const name = `dossier_c${++this.cursors}`
    let open = false
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      open = true
      await client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, params as unknown[])
      for (;;) {
        const rows = (await client.query(`FETCH ${batch} FROM ${name}`)).rows as Row[]
        for (const r of rows) yield r
        if (rows.length < batch) break
      }
      await client.query('COMMIT')
      open = false
    } catch (e) {
      throw storeError(e, this.url, 'a read')
    } finally {
      // the consumer may stop early: end the transaction before the connection goes back to the pool
      if (open) await client.query('ROLLBACK').catch(() => undefined)
      client.release()
    }
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
