import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteStore } from '../store/index.js'
import { aggregate } from './aggregate.js'
import { dossier } from './dossier.js'
import { ingest } from './ingest.js'
import { readModel, type ReadModel } from './read-model.js'
import { judgeNames } from './review.js'
import { submitDocument } from './submit.js'

const seeds = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url))
let path: string
let store: SqliteStore

beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'dossier-read-model-')), 'd.db')
  store = new SqliteStore(path)
  await ingest(store, [seeds])
}, 120_000)
afterAll(async () => { await store.close() })

/** Everything a reader sees, as plain data (maps as entry lists), without how the model was made. */
function content(m: ReadModel): unknown {
  const { revision: _r, build: _b, ...parts } = m
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v instanceof Map ? [...v.entries()] : v]))
}

/** The read model a fresh reader builds in full from the same file. */
async function fullBuild(): Promise<ReadModel> {
  const other = new SqliteStore(path)
  try {
    const m = await readModel(other)
    expect(m.build.kind).toBe('full')
    return m
  } finally { await other.close() }
}

describe('read model after writes', () => {
  it('read model an unchanged store is answered from the same model', async () => {
    const first = await readModel(store)
    expect(first.build.kind).toBe('full')
    expect(first.build.read.events).toBe(first.events.size)
    expect(await readModel(store)).toBe(first)
  })

  it('read model after an ingest reads only the new article and equals a full build', async () => {
    const before = await readModel(store)
    const r = await submitDocument(store, {
      text: 'Quarry Report\n\nGAZA — Hamas police arrested three smugglers near the Rafah crossing on Monday, a spokesman said. ' +
        'Egyptian forces attacked Islamic State fighters in Sinai, the army said.',
      meta: { title: 'Quarry Report', published: '2016-03-14' },
    })
    const articleId = r.articleIds[0]!
    const after = await readModel(store)
    expect(after.build.kind).toBe('incremental')
    expect(after.build.refreshes).toBe(before.build.refreshes + 1)
    // only the new article's events and claims were read; entities: those whose names or mentions changed
    const newEvents = await store.eventsOf(articleId)
    expect(newEvents.length).toBeGreaterThan(0)
    expect(after.build.read.events).toBe(newEvents.length)
    expect(after.build.read.claims).toBe((await store.claimsOf(articleId)).length)
    expect(after.build.read.entities).toBeGreaterThan(0)
    expect(after.build.read.entities).toBeLessThan(after.entities.size / 2)
    // entities that only gained the new article's mentions are not scanned again
    expect(after.build.read.entityMentions).toBe(0)
    // the write is visible: the new events, on Hamas's dossier too
    for (const e of newEvents) expect(after.events.get(e.id)?.articleId).toBe(articleId)
    expect(after.dates.get(articleId)?.published).toBe('2016-03-14')
    const hamas = await dossier(store, 'Hamas', { limit: 200 })
    expect(hamas.events.items.some((e) => e.articleId === articleId)).toBe(true)
    expect(content(after)).toEqual(content(await fullBuild()))
  }, 60_000)

  it('read model after an article is re-saved with an event changed under the same id shows the change', async () => {
    // the article saved last: its rows are the last in their tables, so SQLite gives the new rows the same rowids
    const id = (await store.articleAnalyses()).at(-1)!.id
    const events = await store.eventsOf(id)
    const changed = events.find((e) => e.modality !== 'denied')
    if (!changed) throw new Error('the last seed article has no event to change')
    await store.replaceDoc({
      article: (await store.getArticle(id))!, mentions: await store.mentionsOf(id), claims: await store.claimsOf(id),
      events: events.map((e) => (e.id === changed.id ? { ...e, modality: 'denied' as const } : e)),
      affiliations: await store.affiliationsOf(id), places: await store.placesOf(id), sentences: await store.sentencesOf(id),
    })
    await aggregate(store)
    const after = await readModel(store)
    expect(after.build.kind).toBe('incremental')
    expect(after.build.read.events).toBeGreaterThanOrEqual(1) // the changed row (at least) is read again
    expect(after.build.read.events).toBeLessThanOrEqual(events.length)
    expect(after.events.get(changed.id)?.modality).toBe('denied')
    expect(content(after)).toEqual(content(await fullBuild()))
  }, 60_000)

  it('read model after a review verdict re-reads no event and equals a full build', async () => {
    const before = await readModel(store)
    await judgeNames(store, 'Abu Baker Almuhajer', 'Almuhajer', 'different')
    const after = await readModel(store)
    expect(after.build.kind).toBe('incremental')
    expect(after.build.read.events).toBe(0)
    expect(after.build.read.claims).toBe(0)
    expect(after.entities.size).toBe(before.entities.size + 1) // split in two
    expect(after.build.read.entities).toBeLessThan(after.entities.size / 2)
    expect(content(after)).toEqual(content(await fullBuild()))
  }, 60_000)
})
