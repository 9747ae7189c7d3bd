/**
 * issue-14: one failing item in a feed threw away the rest of the feed (a bad item at position 6 of a
 * large RSS file kept 5 items, and reruns stayed at 5).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_STAGES, lookupStage, registerStage } from '../src/pipeline/index.js'
import type { Stage } from '../src/model/index.js'
import { ingest } from '../src/service/ingest.js'
import { SqliteStore, type Store } from '../src/store/index.js'

const towns = ['Gaza City', 'Khan Younis', 'Jabalia', 'Deir al-Balah', 'Beit Hanoun', 'Rafah', 'Nuseirat', 'Bureij']

/** A feed of eight full-text items; the sixth is about Rafah. */
function writeFeed(dir: string): string {
  const items = towns.map((town, i) => `<item><title>Report ${i + 1} from ${town}</title><link>https://news.example.com/${i + 1}</link><guid>g-${i + 1}</guid>
<content:encoded><![CDATA[<p>Officials in ${town} said on Tuesday that Hamas police detained ${i + 3} men after a protest near the market.</p>
<p>A spokesman for the Hamas interior ministry in ${town} said the men were released later, item ${i + 1}.</p>]]></content:encoded></item>`)
  const path = join(dir, 'feed.rss')
  writeFileSync(path, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example</title><link>https://news.example.com/</link>
${items.join('\n')}
</channel></rss>`)
  return path
}

/** The store with a fault on one article: saving anything about Rafah fails, as a full disk would. */
function faultyOnRafah(store: Store): Store {
  return new Proxy(store, {
    get(target, p) {
      if (p === 'saveDoc') {
        return async (doc: Parameters<Store['saveDoc']>[0]) => {
          if (doc.article.text.includes('Rafah')) throw new Error('disk I/O error')
          return target.saveDoc(doc)
        }
      }
      const v = Reflect.get(target, p) as unknown
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
    },
  })
}

describe('feeds with a bad item', () => {
  it('issue-14 an article that cannot be saved costs that article only; the rerun stores it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-feed-'))
    const feed = writeFeed(dir)
    const store = new SqliteStore(join(dir, 'd.db'))
    try {
      const first = await ingest(faultyOnRafah(store), [feed], { skipAggregate: true })
      expect(first.added).toBe(7)
      expect(first.failures).toHaveLength(1)
      expect(first.failures[0]!.item).toBe(`${feed}#https://news.example.com/6`)
      expect(first.failures[0]!.message).toContain('disk I/O error')
      expect(await store.countArticles()).toBe(7)
      expect((await store.failures()).map((f) => f.item)).toEqual([`${feed}#https://news.example.com/6`])
      expect((await store.journal(first.batchId))[0]!.status, 'the item is retried by the next run').toBe('failed')

      const second = await ingest(store, [feed], { skipAggregate: true })
      expect([second.added, second.unchanged, second.failures.length]).toEqual([1, 7, 0])
      expect(await store.countArticles()).toBe(8)
      expect(await store.countFailures(), 'the failure is cleared once the item went through').toBe(0)
    } finally {
      await store.close()
    }
  })

  it('issue-14 a stage that throws on one feed item keeps all eight items', async () => {
    const claimsKey = DEFAULT_STAGES.find((k) => k.startsWith('claims.'))!
    const real = lookupStage(claimsKey)!
    registerStage({ ...real, key: 'test.claims-rafah.v1', run: (doc, ctx) => {
      if (doc.article.text.includes('Rafah')) throw new RangeError('Maximum call stack size exceeded')
      return real.run(doc, ctx)
    } } satisfies Stage)
    const dir = mkdtempSync(join(tmpdir(), 'dossier-feed-'))
    const feed = writeFeed(dir)
    const store = new SqliteStore(join(dir, 'd.db'))
    try {
      const stages = DEFAULT_STAGES.map((k) => (k === claimsKey ? 'test.claims-rafah.v1' : k))
      const r = await ingest(store, [feed], { stages, skipAggregate: true })
      expect(r.added).toBe(8)
      expect(r.stageFailures.map((f) => f.stage)).toEqual(['test.claims-rafah.v1'])
      expect(await store.countArticles()).toBe(8)
      const rafah = (await store.listArticles()).find((a) => a.title?.includes('Rafah'))!
      expect((await store.eventsOf(rafah.id)).length, 'events do not depend on claims').toBeGreaterThan(0)
    } finally {
      await store.close()
    }
  })
})
