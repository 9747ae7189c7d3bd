import { DossierError } from '../model/index.js'
import { SqliteStore } from './sqlite.js'
import type { Store } from './store.js'

export * from './store.js'
export { SqliteStore } from './sqlite.js'

/** Open a store from a `--db` value: a SQLite file path (default) or a postgres:// URL. */
export function openStore(db: string): Store {
  if (/^postgres(ql)?:\/\//.test(db)) {
    throw new DossierError('E_CONFIG', 'PostgreSQL stores are not available in this version', {
      context: { db }, hint: 'use a SQLite file path for --db (the default is ./dossier.db)',
    })
  }
  return new SqliteStore(db)
}
