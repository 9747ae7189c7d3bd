import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hashId } from '../model/index.js'
import { SqliteStore } from '../store/index.js'
import { makeArticle } from '../text/testing/doc-builder.js'
import { digestStore, migrateStore, signatureDigest } from './migrate.js'

const dir = mkdtempSync(join(tmpdir(), 'dossier-migrate-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function filled(path: string): Promise<SqliteStore> {
  const store = new SqliteStore(path)
  const a = makeArticle('Hamas arrested Salafists in Gaza.', { title: 'Arrests' })
  const m = { id: hashId('mention', a.id, 0, 5), articleId: a.id, start: 0, end: 5, text: 'Hamas', type: 'ORG' as const, kind: 'name' as const, stage: 'test.v1' }
  await store.saveDoc({ article: a, mentions: [m], events: [], claims: [], sentences: [{ start: 0, end: 33 }], stages: ['test.v1'],
    failures: [{ stage: 'claims.v1', code: 'E_STAGE_FAILED', message: 'boom' }] })
  await store.saveResolution({ entities: [{ id: 'e1', type: 'ORG', canonicalName: 'Hamas', aliases: [], origin: 'extracted' }],
    mentionEntity: new Map([[m.id, 'e1']]), judgements: [], relations: [] })
  await store.addJudgement({ id: 'j1', a: 'e1', b: 'e2', verdict: 'different', score: 1, by: 'user', at: '2026-01-01T00:00:00Z' })
  await store.setAggregatePending(false)
  return store
}

describe('migrate', () => {
  it('migrate copies a store into an empty one, verified by counts and the export checksum, with stages and failures', async () => {
    const from = await filled(join(dir, 'a.db'))
    const to = new SqliteStore(join(dir, 'b.db'))
    const s = await migrateStore(from, to)
    expect(s.target).toEqual(await digestStore(from))
    expect(s.target.counts).toMatchObject({ article: 1, mention: 1, entity: 1, judgement: 1 })
    expect((await to.articleAnalyses()).map((x) => [x.stages, x.failures])).toEqual([[['test.v1'], 1]])
    expect(await to.aggregatePending()).toBe(false)
    await from.close()
    await to.close()
  })

  it('migrate copies the name signatures, so the first aggregation after it signs nothing again', async () => {
    const from = await filled(join(dir, 'e.db'))
    const [signed] = await from.articlesToSign(10)
    const [m] = await from.mentionsOf(signed!)
    await from.saveSignatures(signed!, [{ mentionId: m!.id, signature: 'sig-hamas' }])
    await from.putSignatureEntities(new Map([['sig-hamas', 'e1']]))
    // the last aggregation's summary names the signature rules, so the copy's next aggregation keeps the signatures
    const summary = JSON.stringify({ entities: 1, relations: 0, events: 0, clusters: 0, claims: 0, review: 0, signatureRules: 2 })
    await from.saveAggregateSummary(summary)
    // a second article, stored but not signed yet, stays to be signed in the copy
    const b = makeArticle('Egypt said nothing.', { title: 'Silence' })
    await from.saveDoc({ article: b, mentions: [], events: [], claims: [] })
    const to = new SqliteStore(join(dir, 'f.db'))
    const s = await migrateStore(from, to)
    expect(s.signatures.target.counts).toEqual({ 'signed article': 1, 'name signature': 1, 'signature entity': 1 })
    expect(await signatureDigest(to)).toEqual(await signatureDigest(from))
    expect(await to.articlesToSign(10)).toEqual([b.id])
    expect(await to.signaturesOf([m!.id])).toEqual(new Map([[m!.id, 'sig-hamas']]))
    expect(await to.signatureEntities()).toEqual(new Map([['sig-hamas', 'e1']]))
    expect(await to.aggregateSummary()).toBe(summary)
    await from.close()
    await to.close()
  })

  it('migrate refuses a target that already holds data, and leaves it unchanged', async () => {
    const from = await filled(join(dir, 'c.db'))
    const to = await filled(join(dir, 'd.db'))
    const before = await digestStore(to)
    await expect(migrateStore(from, to)).rejects.toMatchObject({ code: 'E_STORE', message: expect.stringContaining('not empty') })
    expect(await digestStore(to)).toEqual(before)
    await from.close()
    await to.close()
  })
})
