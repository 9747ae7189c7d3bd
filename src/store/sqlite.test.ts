import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hashId } from '../model/index.js'
import { makeArticle } from '../text/testing/doc-builder.js'
import { SqliteStore } from './sqlite.js'
import { storeSuite } from './testing/store-suite.js'

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'test.db')

const article = makeArticle('Hamas arrested Salafists in Gaza.\n\nEgypt said nothing.', { title: 'Arrests', outlet: 'Wire' })
const mention = { id: hashId('mention', article.id, 0, 5), articleId: article.id, start: 0, end: 5, text: 'Hamas', type: 'ORG' as const, kind: 'name' as const, stage: 'test.v1' }

storeSuite('sqlite', {
  fresh: async () => join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'test.db'),
  open: async (path) => new SqliteStore(path),
  drop: async (path) => rmSync(dirname(path), { recursive: true, force: true }),
})

describe('sqlite store', () => {
  it('store finds a near-duplicate another process stored after this one looked (the index is consulted per article)', async () => {
    const path = tmpDb()
    const mine = new SqliteStore(path)
    const other = new SqliteStore(path)
    const a = makeArticle('wire story', { simhash: 'ffffffff00000000' })
    expect(await mine.nearDuplicates('ffffffff00000001', 12)).toEqual([])
    await other.saveDoc({ article: a, mentions: [], events: [], claims: [] })
    expect(await mine.nearDuplicates('ffffffff00000001', 12)).toEqual([a.id])
    await mine.close()
    await other.close()
  })

  it('store reports a database file it cannot open with E_STORE', () => {
    expect(() => new SqliteStore('/nonexistent-dir/x/y.db')).toThrow(/cannot open database/)
  })
})
