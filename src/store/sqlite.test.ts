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

  it('store keeps unchanged mention links in place and appends a changed signature\'s links, in the order of the signatures given', async () => {
    const store = new SqliteStore(tmpDb())
    const m = (i: number) => ({ ...mention, id: hashId('mention', article.id, i), start: i, end: i + 1 })
    await store.saveDoc({ article, mentions: [m(0), m(1), m(2), m(3)], events: [], claims: [] })
    await store.saveSignatures(article.id, [{ mentionId: m(0).id, signature: 'a' }, { mentionId: m(1).id, signature: 'b' },
      { mentionId: m(2).id, signature: 'c' }, { mentionId: m(3).id, signature: 'a' }])
    const save = (pairs: Array<[string, string]>) => store.saveSignatureResolution({ entities: [], mentionEntity: new Map(), judgements: [], relations: [] }, new Map(pairs))
    await save([['a', 'e1'], ['b', 'e2'], ['c', 'e3']])
    // c changes and b is gone: a's links stay first, c's come after them
    await save([['c', 'e4'], ['a', 'e1']])
    expect([...await store.mentionEntities()]).toEqual([[m(0).id, 'e1'], [m(3).id, 'e1'], [m(2).id, 'e4']])
    expect([...await store.signatureEntities()]).toEqual([['a', 'e1'], ['c', 'e4']])
    await store.close()
  })

  it('store reports a database file it cannot open with E_STORE', () => {
    expect(() => new SqliteStore('/nonexistent-dir/x/y.db')).toThrow(/cannot open database/)
  })
})
