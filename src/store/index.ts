import { existsSync } from 'node:fs'
import { DossierError } from '../model/index.js'
import { SqliteStore } from './sqlite.js'
import type { Store } from './store.js'

export * from './store.js'
export { SqliteStore } from './sqlite.js'
export { checkQuery } from './query.js'

/**
 * Open a store from a `--db` value: a SQLite file path (default) or a postgres:// URL. With `mustExist`
 * (commands that only read) a missing database is an error instead of a new empty one.
 */
export function openStore(db: string, opts: { mustExist?: boolean } = {}): Store {
  if (/^postgres(ql)?:\/\//.test(db)) {
    throw new DossierError('E_CONFIG', 'PostgreSQL stores are not available in this version', {
      context: { db }, hint: 'use a SQLite file path for --db (the default is ./dossier.db)',
    })
  }
  if (opts.mustExist && db !== ':memory:' && !existsSync(db)) {
    throw new DossierError('E_STORE', `no database at ${db}`, { context: { db }, hint: 'ingest articles first with `dossier ingest <files> --db ' + db + '`, or pass the right --db' })
  }
  return new SqliteStore(db)
}
