/**
 * issue-14: a stage that throws on an article no longer loses the article. The article, the annotations
 * of every stage that does not depend on the failed one and the failure are stored; the batch goes on;
 * once the stage is fixed, `reprocess --failed` fills in what was missing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_STAGES, lookupStage, registerStage } from '../src/pipeline/index.js'
import type { Stage } from '../src/model/index.js'
import { ingest } from '../src/service/ingest.js'
import { reprocess } from '../src/service/reprocess.js'
import { SqliteStore } from '../src/store/index.js'
import { failedText } from '../src/cli/progress.js'

const real = lookupStage('events.cameo.v28')!
const KEY = 'test.events-flaky.v1'
/** The events stage with a bug: it throws on any article that mentions Rafah. */
const buggy: Stage = {
  ...real, key: KEY,
  run(doc, ctx) {
    if (doc.article.text.includes('Rafah')) throw new TypeError("Cannot read properties of undefined (reading 'toLowerCase')")
    return real.run(doc, ctx)
  },
}
const fixed: Stage = { ...real, key: KEY }
const STAGES = DEFAULT_STAGES.map((k) => (k === 'events.cameo.v28' ? KEY : k))

const dir = mkdtempSync(join(tmpdir(), 'dossier-degrade-'))
const store = new SqliteStore(join(dir, 'd.db'))
afterAll(() => store.close())

function writeArticles(): string {
  const corpus = join(dir, 'in')
  mkdirSync(corpus, { recursive: true })
  const texts = {
    'a-rafah.txt': 'Clashes near Rafah\n\nHamas fighters attacked an Egyptian army post near Rafah on Sunday, the Egyptian army said.\n',
    'b-cairo.txt': 'Talks in Cairo\n\nEgyptian officials met Hamas leaders in Cairo on Monday, a spokesman for Hamas said.\n',
    'c-empty.txt': '   \n',
  }
  for (const [f, t] of Object.entries(texts)) writeFileSync(join(corpus, f), t)
  return corpus
}

describe('graceful degradation', () => {
  it('issue-14 a failing stage keeps the article, its other annotations and the failure; reprocess --failed mends it', async () => {
    registerStage(buggy)
    const corpus = writeArticles()
    let last: { failed: number; stageFailures?: number | undefined } | undefined
    const summary = await ingest(store, [corpus], { stages: STAGES, onProgress: (p) => { last = p } })
    // the progress line counts as the summary does: 1 failed input, 1 stage failure apart (it said "failed 2")
    expect([last?.failed, last?.stageFailures]).toEqual([1, 1])
    expect(failedText(last!.failed, last!.stageFailures)).toBe('1, 1 stage failure(s)')
    // the batch went on: both articles stored, the empty file reported as an input failure
    expect(summary.added).toBe(2)
    expect(summary.failures.map((f) => f.code)).toEqual(['E_INPUT_EMPTY'])
    expect(summary.stageFailures).toHaveLength(1)
    expect(summary.stageFailures[0]).toMatchObject({ stage: KEY, code: 'E_STAGE_FAILED' })

    const rafah = (await store.listArticles()).find((a) => a.title?.includes('Rafah'))!
    expect(rafah, 'the article the stage failed on is stored').toBeDefined()
    const mentions = await store.mentionsOf(rafah.id)
    expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Hamas', 'Rafah']))
    expect((await store.placesOf(rafah.id)).length, 'places do not depend on events').toBeGreaterThan(0)
    expect(await store.eventsOf(rafah.id)).toEqual([])
    expect(await store.claimsOf(rafah.id), 'claims depend on events: skipped, not half-made').toEqual([])
    const cairo = (await store.listArticles()).find((a) => a.title?.includes('Cairo'))!
    expect((await store.eventsOf(cairo.id)).length, 'the other article is whole').toBeGreaterThan(0)

    const failures = await store.failures()
    const stageFailure = failures.find((f) => f.stage === KEY)!
    expect(stageFailure).toMatchObject({ articleId: rafah.id, code: 'E_STAGE_FAILED' })
    expect(stageFailure.message).toContain('toLowerCase')
    expect(failures.some((f) => f.code === 'E_INPUT_EMPTY' && f.item?.endsWith('c-empty.txt'))).toBe(true)
    expect(summary.aggregate?.entities, 'aggregation ran over what was stored').toBeGreaterThan(0)
    const analyses = await store.articleAnalyses()
    expect(analyses.find((a) => a.id === rafah.id)?.stages).not.toContain(KEY)
    expect(analyses.find((a) => a.id === cairo.id)?.stages).toContain(KEY)

    // the stage is fixed (same key, a bug fix): reprocess the failed articles only
    registerStage(fixed, { replace: true })
    const cairoEvents = await store.eventsOf(cairo.id)
    const r = await reprocess(store, { stages: STAGES, failed: true })
    expect(r.selected).toBe(1)
    expect(r.stageFailures).toEqual([])
    expect((await store.eventsOf(rafah.id)).length).toBeGreaterThan(0)
    expect((await store.claimsOf(rafah.id)).length).toBeGreaterThan(0)
    expect((await store.failures()).filter((f) => f.articleId === rafah.id)).toEqual([])
    expect(await store.eventsOf(cairo.id), 'articles not selected are left alone').toEqual(cairoEvents)
    expect((await store.articleAnalyses()).find((a) => a.id === rafah.id)?.stages).toContain(KEY)

    // idempotent: a second full reprocess replaces annotations, it does not add to them
    const counts = async () => [(await store.allMentions()).length, (await store.eventsOf()).length, (await store.claimsOf()).length,
      (await store.placesOf()).length, (await store.affiliationsOf()).length, (await store.listEntities()).length]
    const before = await counts()
    await reprocess(store, { stages: STAGES, all: true })
    expect(await counts()).toEqual(before)
    expect((await reprocess(store, { stages: STAGES })).selected, 'nothing outdated or failed is left').toBe(0)
  })
})
