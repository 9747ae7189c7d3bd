import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createPipeline, DEFAULT_STAGES } from '../pipeline/index.js'
import { SqliteStore } from '../store/index.js'
import type { Pipeline } from '../pipeline/index.js'
import { ItemFailed, jobBatch, runIngestJob } from './run-item.js'
import { workerMatchLines } from '../cli/commands/worker.js'

describe('worker ingest job', () => {
  it('run-item a URL stored by a worker clears its failure as a feed entry, as ingest does', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<html><head><title>Border talks</title></head><body><article><p>Egyptian officials met Hamas leaders in Cairo on Monday, a spokesman said.</p></article></body></html>')
    })
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-run-item-')), 'd.db'))
    try {
      await store.recordFailure({ item: `/feeds/monitor.xml#${url}`, code: 'E_FETCH_BLOCKED', message: 'loopback' })
      await store.recordFailure({ item: `/feeds/monitor.xml#${url}2`, code: 'E_FETCH_BLOCKED', message: 'loopback' })
      const r = await runIngestJob(store, createPipeline({ stages: [...DEFAULT_STAGES] }), { item: url, allowPrivate: true })
      expect(r.added).toBe(1)
      expect((await store.failures()).map((f) => f.item)).toEqual([`/feeds/monitor.xml#${url}2`])
    } finally {
      server.close()
      await store.close()
    }
  }, 60_000)

  it('a job whose article is stored already names the stored article it matched (trial 20: only a count before)', async () => {
    const text = 'Border talks\n\nEgyptian officials met Hamas leaders in Cairo on Monday, a spokesman said.\n'
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-run-item-')), 'd.db'))
    const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
    try {
      const first = await runIngestJob(store, pipeline, { item: '/desk/cairo.txt', content: Buffer.from(text).toString('base64') })
      expect(first.added).toBe(1)
      expect(first.matches).toEqual([])
      const again = await runIngestJob(store, pipeline, { item: '/inbox/copy-of-cairo.txt', content: Buffer.from(text).toString('base64') })
      expect(again.unchanged).toBe(1)
      const stored = (await store.listArticles({ limit: 5 }))[0]!
      expect(again.matches).toEqual([expect.objectContaining({ kind: 'unchanged', item: '/inbox/copy-of-cairo.txt', matched: stored.id, matchedSource: '/desk/cairo.txt' })])
      expect(workerMatchLines(again)).toEqual([
        `/inbox/copy-of-cairo.txt: unchanged, the same text as stored article ${stored.id} (/desk/cairo.txt); nothing new stored`,
      ])
    } finally {
      await store.close()
    }
  }, 60_000)

  it('jobs run as a batch have their articles analysed together, each stored and failed as when run alone', async () => {
    const texts = ['Egyptian officials met Hamas leaders in Cairo on Monday, a spokesman said.', 'Israeli troops raided Jenin on Tuesday, the army said.',
      'Turkish police detained 12 suspects in Ankara, officials said.']
    const jobs = [
      ...texts.map((t, i) => ({ item: `/desk/r${i}.txt`, content: Buffer.from(`Story ${i}\n\n${t}\n`).toString('base64') })),
      { item: '/desk/empty.txt', content: '' },
    ]
    const calls: number[] = []
    const base = createPipeline({ stages: [...DEFAULT_STAGES] })
    const counting: Pipeline = { ...base, analyseMany: (articles) => { calls.push(articles.length); return base.analyseMany(articles) } }
    const dir = mkdtempSync(join(tmpdir(), 'dossier-run-item-'))
    const together = new SqliteStore(join(dir, 'together.db')), alone = new SqliteStore(join(dir, 'alone.db'))
    try {
      const batch = await jobBatch(together, counting, jobs)
      const outcomes = []
      for (const j of jobs) outcomes.push(await runIngestJob(together, counting, j, undefined, batch).catch((e: unknown) => e))
      expect(calls).toEqual([3])
      expect(outcomes[3]).toBeInstanceOf(ItemFailed)
      for (const j of jobs) await runIngestJob(alone, base, j).catch(() => undefined)
      const rows = async (st: SqliteStore) => Promise.all((await st.listArticles()).map(async (a) => [a.id, a.title, (await st.eventsOf(a.id)).map((e) => e.id), (await st.failures()).map((f) => f.item)]))
      expect(await rows(together)).toEqual(await rows(alone))
      expect((await together.failures()).map((f) => f.item)).toEqual(['/desk/empty.txt'])
      expect(outcomes.slice(0, 3).map((o) => (o as { added: number }).added)).toEqual([1, 1, 1])
    } finally {
      await together.close()
      await alone.close()
    }
  }, 60_000)
})
