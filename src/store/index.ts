import { existsSync } from 'node:fs'
import { DossierError } from '../model/index.js'
import { PostgresStore } from './postgres.js'
import { SqliteStore } from './sqlite.js'
import type { Store } from './store.js'

export * from './store.js'
export * from './mention-set.js'
export { SqliteStore } from './sqlite.js'
export { PostgresStore, redactUrl } from './postgres.js'
export { checkQuery } from './query.js'

/** True for a `--db` value that names a PostgreSQL database (postgres:// or postgresql:// URL). */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db)
}

/**
 * Open a store from a `--db` value: a SQLite file path (default) or a postgres:// URL. With `mustExist`
 * (commands that only read) a missing database is an error instead of a new empty one. A PostgreSQL store
 * connects and migrates in the background: its first call reports a connection error; `connectStore` waits.
 */
export function openStore(db: string, opts: { mustExist?: boolean } = {}): Store {
  if (isPostgresUrl(db)) return new PostgresStore(db)
  if (opts.mustExist && db !== ':memory:' && !existsSync(db)) {
    throw new DossierError('E_STORE', `no database at ${db}`, { context: { db }, hint: 'ingest articles first with `dossier ingest <files> --db ' + db + '`, or pass the right --db' })
  }
  return new SqliteStore(db)
}

/**
 * The store factory every surface uses (CLI, API, workers): `openStore`, then wait until the store is usable,
 * so a PostgreSQL server that is down or refuses the login is reported (E_STORE, with host and port) before
 * any work starts.
 */
export async function connectStore(db: string, opts: { mustExist?: boolean } = {}): Promise<Store> {
  const store = openStore(db, opts)
  if (store instanceof PostgresStore) {
    try {
      await store.ready()
    } catch (e) {
      await store.close().catch(() => undefined)
      throw e
    }
  }
  return store
}
