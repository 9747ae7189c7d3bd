import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SqliteStore } from './sqlite.js'
import { storeSuite } from './testing/store-suite.js'

storeSuite('sqlite', {
  fresh: async () => join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'test.db'),
  open: async (path) => new SqliteStore(path),
  drop: async (path) => rmSync(dirname(path), { recursive: true, force: true }),
})

describe('sqlite store', () => {
  it('store reports a database file it cannot open with E_STORE', () => {
    expect(() => new SqliteStore('/nonexistent-dir/x/y.db')).toThrow(/cannot open database/)
  })
})
