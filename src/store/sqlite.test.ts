import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hashId } from '../model/index.js'
import type { Judgement } from '../model/index.js'
import { makeArticle } from '../text/testing/doc-builder.js'
import { SqliteStore } from './sqlite.js'

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'test.db')

const article = makeArticle('Hamas arrested Salafists in Gaza.\n\nEgypt said nothing.', { title: 'Arrests', outlet: 'Wire' })
const mention = { id: hashId('mention', article.id, 0, 5), articleId: article.id, start: 0, end: 5, text: 'Hamas', type: 'ORG' as const, kind: 'name' as const, stage: 'test.v1' }

describe('sqlite store', () => {
  it('store saves an article once: saving the same article again changes nothing', async () => {
    const store = new SqliteStore(tmpDb())
    expect(await store.saveDoc({ article, mentions: [mention], events: [], claims: [] })).toBe(true)
    expect(await store.saveDoc({ article, mentions: [mention], events: [], claims: [] })).toBe(false)
    expect(await store.countArticles()).toBe(1)
    expect(await store.allMentions()).toHaveLength(1)
    expect(await store.hasArticle(article.contentHash)).toBe(article.id)
    expect((await store.getArticle(article.id))?.text).toBe(article.text)
    await store.close()
  })

  it('store finds articles by full-text search', async () => {
    const store = new SqliteStore(tmpDb())
    await store.saveDoc({ article, mentions: [], events: [], claims: [] })
    expect((await store.listArticles({ q: 'salafists' })).map((a) => a.id)).toEqual([article.id])
    expect(await store.listArticles({ q: 'hezbollah' })).toEqual([])
    await store.close()
  })

  it('store keeps user judgements when resolution output is replaced', async () => {
    const store = new SqliteStore(tmpDb())
    const user: Judgement = { id: 'j1', a: 'x', b: 'y', verdict: 'different', score: 1, by: 'user', at: '2026-01-01T00:00:00Z' }
    const model: Judgement = { id: 'j2', a: 'x', b: 'z', verdict: 'same', score: 0.9, by: 'model', at: '2026-01-01T00:00:00Z' }
    await store.addJudgement(user)
    await store.saveResolution({ entities: [], mentionEntity: new Map(), judgements: [model], relations: [] })
    await store.saveResolution({ entities: [], mentionEntity: new Map(), judgements: [], relations: [] })
    expect((await store.judgements()).map((j) => j.id)).toEqual(['j1'])
    await store.close()
  })

  it('store journal returns pending items in order and survives reopening', async () => {
    const path = tmpDb()
    const s1 = new SqliteStore(path)
    await s1.journalStart('b1', ['a', 'b', 'c'])
    await s1.journalMark('b1', 'a', 'done', { articleId: 'x' })
    await s1.close()
    const s2 = new SqliteStore(path)
    await s2.journalStart('b1', ['a', 'b', 'c'])
    expect(await s2.journalPending('b1')).toEqual(['b', 'c'])
    await s2.close()
  })

  it('store finds near-duplicates within the Hamming distance, including articles saved after the first lookup', async () => {
    const store = new SqliteStore(tmpDb())
    const a = makeArticle('first article text', { simhash: 'ffffffff00000000' })
    const b = makeArticle('second article text', { simhash: 'fffffff000000001' }) // 5 bits from a
    await store.saveDoc({ article: a, mentions: [], events: [], claims: [] })
    expect(await store.nearDuplicates('ffffffff00000000', 0)).toEqual([a.id])
    await store.saveDoc({ article: b, mentions: [], events: [], claims: [] })
    expect(await store.nearDuplicates('ffffffff00000000', 4)).toEqual([a.id])
    expect(await store.nearDuplicates('ffffffff00000000', 5)).toEqual([a.id, b.id])
    expect(await store.nearDuplicates('0000000000000000', 12)).toEqual([])
    await store.close()
  })

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

  it('store maps every signed mention to the entity of its signature, and a re-saved article is signed again', async () => {
    const store = new SqliteStore(tmpDb())
    const other = makeArticle('Hamas spoke.', { title: 'Other' })
    const m2 = { ...mention, id: hashId('mention', other.id, 0, 5), articleId: other.id }
    await store.saveDoc({ article, mentions: [mention], events: [], claims: [] })
    await store.saveDoc({ article: other, mentions: [m2], events: [], claims: [] })
    expect((await store.articlesToSign(10)).sort()).toEqual([article.id, other.id].sort())
    await store.saveSignatures(article.id, [{ mentionId: mention.id, signature: 's1' }])
    await store.saveSignatures(other.id, [{ mentionId: m2.id, signature: 's1' }])
    expect(await store.articlesToSign(10)).toEqual([])
    const first = [article.id, other.id].sort()[0]!
    expect(await store.representatives()).toEqual(new Map([[first, ['s1']]]))
    const entity = { id: 'e1', type: 'ORG' as const, canonicalName: 'Hamas', aliases: [], origin: 'extracted' as const }
    await store.saveSignatureResolution({ entities: [entity], mentionEntity: new Map(), judgements: [], relations: [] }, new Map([['s1', 'e1']]))
    expect(await store.mentionEntities()).toEqual(new Map([[mention.id, 'e1'], [m2.id, 'e1']]))
    await store.replaceDoc({ article: other, mentions: [m2], events: [], claims: [] })
    expect(await store.articlesToSign(10)).toEqual([other.id])
    await store.close()
  })

  it('store reports a database file it cannot open with E_STORE', () => {
    expect(() => new SqliteStore('/nonexistent-dir/x/y.db')).toThrow(/cannot open database/)
  })

  it('store keeps an article\'s syntax so reads never re-run the parser', async () => {
    const store = new SqliteStore(tmpDb())
    const syntax = {
      parser: 'syntax.parser.v1',
      tokens: [{ lemma: 'Hamas', upos: 'PROPN', head: 1, deprel: 'nsubj' }, { lemma: 'arrest', upos: 'VERB', head: -1, deprel: 'root' }],
      sentences: [{ clauses: [{ predicate: 1, kind: 'main' as const, subject: 0, subjectShared: false, objects: [], obliques: [], passive: false, negated: false,
        complements: [], relatives: [], subordinates: [], conjuncts: [] }] }],
    }
    await store.saveDoc({ article, mentions: [], events: [], claims: [], syntax })
    const other = makeArticle('Egypt said nothing at all.')
    await store.saveDoc({ article: other, mentions: [], events: [], claims: [] })
    expect(await store.syntaxOf(article.id)).toEqual(syntax)
    expect(await store.syntaxOf(other.id)).toBeUndefined()
    await store.close()
  })
})
