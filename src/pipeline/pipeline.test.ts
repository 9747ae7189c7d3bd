import { describe, expect, it } from 'vitest'
import { batchStage, isDossierError } from '../model/index.js'
import { createPipeline, pipelineOf, unmetRequirements } from './pipeline.js'
import { lookupStage } from './registry.js'
import type { Stage } from '../model/index.js'
import { makeArticle } from '../text/testing/doc-builder.js'

const fake = (key: `${string}.v${number}`, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({
  key, requires, assigns, run: (doc) => ({ ...doc, events: [], claims: [], mentions: doc.mentions ?? [] }),
})

describe('pipeline', () => {
  it('pipeline rejects a config with unmet requirements, listing all of them before running', () => {
    const stages = [fake('claims.x.v1', ['doc.sentences', 'doc.mentions'], ['doc.claims']), fake('events.x.v1', ['doc.tokens'], ['doc.events'])]
    expect(unmetRequirements(stages)).toEqual([
      { stage: 'claims.x.v1', missing: 'doc.sentences' },
      { stage: 'claims.x.v1', missing: 'doc.mentions' },
      { stage: 'events.x.v1', missing: 'doc.tokens' },
    ])
    try {
      pipelineOf(stages)
      expect.unreachable('pipelineOf should throw')
    } catch (e) {
      expect(isDossierError(e) && e.code).toBe('E_PIPELINE_UNMET')
      expect((e as Error).message).toContain('claims.x.v1 requires doc.sentences')
      expect((e as Error).message).toContain('events.x.v1 requires doc.tokens')
    }
  })

  it('pipeline accepts stages whose requirements are met by earlier stages', () => {
    expect(() => createPipeline({ stages: ['segment.wink.v1', 'mentions.rules.v1'] })).not.toThrow()
  })

  it('pipeline rejects stages in the wrong order', () => {
    expect(() => createPipeline({ stages: ['mentions.rules.v1', 'segment.wink.v1'] })).toThrow(/mentions.rules.v1 requires doc.sentences/)
  })

  it('pipeline names the registered stages when a key is unknown', () => {
    try {
      createPipeline({ stages: ['segment.wink.v1', 'nope.v1'] })
      expect.unreachable()
    } catch (e) {
      expect(isDossierError(e) && e.code).toBe('E_UNKNOWN_STAGE')
      expect(isDossierError(e) && e.hint).toContain('segment.wink.v1')
    }
  })

  it('pipeline fails a stage that does not assign what it declared', async () => {
    const liar: Stage = { key: 'liar.v1', requires: [], assigns: ['doc.events'], run: (doc) => doc }
    await expect(pipelineOf([liar]).run(makeArticle('Some text.'))).rejects.toThrow(/declared it assigns doc.events/)
  })

  it('pipeline runs the default stages and produces mentions with offsets', async () => {
    const doc = await createPipeline({ stages: ['segment.wink.v1', 'mentions.rules.v1'] }).run(makeArticle('Hamas met officials in Egypt on Sunday.'))
    expect(doc.mentions?.map((m) => m.text)).toContain('Hamas')
    expect(doc.mentions?.find((m) => m.text === 'Egypt')?.type).toBe('LOC')
  })
})

describe('pipeline analyse', () => {
  const boom: Stage = { key: 'boom.v1', requires: ['doc.mentions'], assigns: ['doc.events'], run: () => { throw new Error('boom') } }
  const after: Stage = { key: 'after.v1', requires: ['doc.events'], assigns: ['doc.claims'], run: (doc) => ({ ...doc, claims: [] }) }
  const aside: Stage = { key: 'aside.v1', requires: ['doc.mentions'], assigns: ['doc.places'], run: (doc) => ({ ...doc, places: [] }) }

  it('pipeline analyse skips what depends on a failed stage and runs the rest', async () => {
    const stages = [lookupStage('segment.wink.v1')!, lookupStage('mentions.rules.v1')!, boom, after, aside]
    const a = await pipelineOf(stages).analyse(makeArticle('Hamas met officials in Egypt on Sunday.'))
    expect(a.ran).toEqual(['segment.wink.v1', 'mentions.rules.v1', 'aside.v1'])
    expect(a.failures).toEqual([{ stage: 'boom.v1', code: 'E_STAGE_FAILED', message: 'boom' }])
    expect(a.skipped).toEqual(['after.v1'])
    expect(a.doc.mentions?.length).toBeGreaterThan(0)
    expect(a.doc.places).toEqual([])
    expect(a.doc.events).toBeUndefined()
  })

  it('pipeline analyse refuses an article over the size budget with E_TOO_LARGE, quickly', async () => {
    const stages = [lookupStage('segment.wink.v1')!, lookupStage('mentions.rules.v1')!]
    const a = await pipelineOf(stages, { resources: {} }, { maxChars: 1000, maxMs: 60_000 }).analyse(makeArticle('Hamas met officials. '.repeat(100)))
    expect(a.ran).toEqual([])
    expect(a.failures[0]?.code).toBe('E_TOO_LARGE')
    expect(a.failures[0]?.message).toMatch(/2,100 characters is over the 1,000/)
  })

  it('pipeline analyse stops starting stages once the time budget is spent', async () => {
    const slow: Stage = { key: 'slow.v1', requires: [], assigns: [], run: async (doc) => { await new Promise((r) => setTimeout(r, 30)); return doc } }
    const a = await pipelineOf([slow, lookupStage('segment.wink.v1')!], { resources: {} }, { maxChars: 1e6, maxMs: 10 }).analyse(makeArticle('Text.'))
    expect(a.ran).toEqual(['slow.v1'])
    expect(a.failures).toMatchObject([{ stage: 'segment.wink.v1', code: 'E_TOO_LARGE' }])
  })
})

describe('pipeline analyseMany', () => {
  const boomOn = (word: string): Stage => ({
    key: 'boom.v1', requires: ['doc.mentions'], assigns: ['doc.events'],
    run: (doc) => { if (doc.article.text.includes(word)) throw new Error(`boom on ${word}`); return { ...doc, events: [] } },
  })
  const after: Stage = { key: 'after.v1', requires: ['doc.events'], assigns: ['doc.claims'], run: (doc) => ({ ...doc, claims: [] }) }
  const texts = ['Hamas met officials in Egypt on Sunday.', 'Israel struck Gaza. Hamas fired rockets.', 'Ukraine said Russia shelled Kharkiv. '.repeat(3), 'Short.']

  it('pipeline analyseMany gives each article the analysis analyse gives it, failures and skips included', async () => {
    const stages = [lookupStage('segment.wink.v1')!, lookupStage('mentions.rules.v1')!, boomOn('Gaza'), after]
    const p = pipelineOf(stages, { resources: {} }, { maxChars: 100, maxMs: 60_000 })
    const articles = texts.map((t) => makeArticle(t))
    const one = []
    for (const a of articles) one.push(await p.analyse(a))
    const many = await p.analyseMany(articles)
    expect(many).toEqual(one)
    expect(many.map((a) => a.doc.article)).toEqual(articles)
    expect(many[0]!.ran).toEqual(['segment.wink.v1', 'mentions.rules.v1', 'boom.v1', 'after.v1'])
    expect(many[0]!.doc.mentions?.map((m) => m.text)).toContain('Hamas')
    expect(many[1]!.failures).toEqual([{ stage: 'boom.v1', code: 'E_STAGE_FAILED', message: 'boom on Gaza' }])
    expect(many[1]!.skipped).toEqual(['after.v1'])
    expect(many[2]!.ran).toEqual([])
    expect(many[2]!.failures[0]?.code).toBe('E_TOO_LARGE')
    expect(many[3]!.ran).toHaveLength(4)
  })

  it('pipeline analyseMany hands a stage with runMany the batch in one call, and runs the articles alone when it throws', async () => {
    const calls: number[] = []
    const batched = (failing: boolean): Stage => ({
      ...boomOn('Gaza'),
      runMany: (docs) => {
        calls.push(docs.length)
        if (failing && docs.some((d) => d.article.text.includes('Gaza'))) throw new Error('boom in the batch')
        return docs.map((d) => ({ ...d, events: [] }))
      },
    })
    const articles = texts.map((t) => makeArticle(t))
    const segment = lookupStage('segment.wink.v1')!, mentions = lookupStage('mentions.rules.v1')!
    const budget = { maxChars: 100, maxMs: 60_000 }
    const together = await pipelineOf([segment, mentions, batched(false), after], { resources: {} }, budget).analyseMany(articles)
    expect(calls).toEqual([3]) // the article over the size budget is not handed over
    expect(together[1]!.ran).toContain('boom.v1')
    calls.length = 0
    const fallback = await pipelineOf([segment, mentions, batched(true), after], { resources: {} }, budget).analyseMany(articles)
    expect(calls).toEqual([3])
    expect(fallback).toEqual(await pipelineOf([segment, mentions, boomOn('Gaza'), after], { resources: {} }, budget).analyseMany(articles))
    expect(fallback[1]!.failures).toEqual([{ stage: 'boom.v1', code: 'E_STAGE_FAILED', message: 'boom on Gaza' }])
    expect(fallback[0]!.ran).toContain('after.v1')
  })

  it('pipeline analyseMany runs a copy of a batch stage that replaces run through that run, never around it', async () => {
    const seen: string[] = []
    const real = batchStage({ key: 'batch.v1', requires: ['doc.mentions'], assigns: ['doc.events'] }, (docs) => { seen.push(`batch of ${docs.length}`); return docs.map((d) => ({ ...d, events: [] })) })
    const copy: Stage = { ...real, run: (doc, ctx) => { if (doc.article.text.includes('Gaza')) throw new Error('boom on Gaza'); return real.run(doc, ctx) } }
    const articles = texts.map((t) => makeArticle(t))
    const segment = lookupStage('segment.wink.v1')!, mentions = lookupStage('mentions.rules.v1')!
    const budget = { maxChars: 100, maxMs: 60_000 }
    const viaCopy = await pipelineOf([segment, mentions, copy, after], { resources: {} }, budget).analyseMany(articles)
    expect(viaCopy[1]!.failures).toEqual([{ stage: 'batch.v1', code: 'E_STAGE_FAILED', message: 'boom on Gaza' }])
    expect(viaCopy[0]!.ran).toContain('after.v1')
    expect(seen.every((s) => s === 'batch of 1')).toBe(true)
    seen.length = 0
    const viaReal = await pipelineOf([segment, mentions, real, after], { resources: {} }, budget).analyseMany(articles)
    expect(seen).toEqual(['batch of 3'])
    expect(viaReal.map((a) => a.failures)).toEqual([[], [], [expect.objectContaining({ code: 'E_TOO_LARGE' })], []])
  })

  it('pipeline analyseMany of no articles is no analyses', async () => {
    expect(await pipelineOf([lookupStage('segment.wink.v1')!]).analyseMany([])).toEqual([])
  })
})
