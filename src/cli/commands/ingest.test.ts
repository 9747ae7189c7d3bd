import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingest, type IngestSummary } from '../../service/ingest.js'
import { SqliteStore } from '../../store/index.js'
import { ingestMatchLines, ingestSummaryLine } from './ingest.js'

const summary = (s: Partial<IngestSummary>): IngestSummary => ({ batchId: 'b', items: 1, added: 0, unchanged: 0, nearDuplicates: 0, failures: [], stageFailures: [], ...s })
const failed = (item: string) => ({ item, code: 'E_FETCH', message: 'HTTP 404' })
/** A fresh folder and an empty store in it. */
function tempStore(prefix: string): { dir: string; store: SqliteStore } {
  const dir = mkdtempSync(join(process.env['TMPDIR'] ?? '/tmp', prefix))
  return { dir, store: new SqliteStore(join(dir, 'd.db')) }
}

describe('the ingest summary line', () => {
  it('two feeds holding four stories say so, and new + unchanged + failed add up to the stories', () => {
    const line = ingestSummaryLine(summary({ items: 2, added: 1, unchanged: 2, failures: [failed('feed.xml#missing.html')] }))
    expect(line).toMatch(/^ingested 2 input\(s\) holding 4 article\(s\): 1 new, 2 unchanged, 0 near-duplicate\(s\), 1 failed$/)
  })

  it('files read one article each keep the short form', () => {
    expect(ingestSummaryLine(summary({ items: 3, added: 2, failures: [failed('empty.txt')] }))).toBe('ingested 3 item(s): 2 new, 0 unchanged, 0 near-duplicate(s), 1 failed')
  })
})

describe('issue: a missing file in the inputs', () => {
  it('counts as an input that failed: "ingested 2 item(s): 1 new, … 1 failed", not "0 input(s) holding 1 article(s)"', async () => {
    const { dir, store } = tempStore('dossier-missing-')
    writeFileSync(join(dir, 'one.txt'), 'Port Talks\n\nThe minister said the port would reopen on Monday.\n')
    try {
      const alone = await ingest(store, [join(dir, 'nope.txt')], { skipAggregate: true })
      expect(ingestSummaryLine(alone)).toBe('ingested 1 item(s): 0 new, 0 unchanged, 0 near-duplicate(s), 1 failed')
      const both = await ingest(store, [join(dir, 'nope.txt'), join(dir, 'one.txt')], { skipAggregate: true })
      expect(ingestSummaryLine(both)).toBe('ingested 2 item(s): 1 new, 0 unchanged, 0 near-duplicate(s), 1 failed')
    } finally { await store.close() }
  }, 120_000)
})

describe('issue: the same page by file and by URL was "unchanged" without naming what it matched (trial 19)', () => {
  it('the summary names the stored article (id and source) an unchanged or near-duplicate article matched', async () => {
    const { dir, store } = tempStore('dossier-match-')
    const html = '<!DOCTYPE html><html><head><title>Port of Kala reopens</title></head><body><article><p>The minister said the port of Kala would reopen on Monday after a week of strikes by dock workers.</p><p>Shipping companies welcomed the decision and said the first vessels would arrive within days.</p></article></body></html>'
    const file = join(dir, 'port.html')
    writeFileSync(file, html)
    const server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html) })
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/port`
    try {
      const first = await ingest(store, [file], { skipAggregate: true })
      expect(first.added).toBe(1)
      const byUrl = await ingest(store, [url], { allowPrivate: true, skipAggregate: true })
      expect(byUrl.unchanged).toBe(1)
      const stored = (await store.listArticles({ limit: 5 }))[0]!
      expect(byUrl.matches).toEqual([{ item: url, source: url, kind: 'unchanged', articleId: stored.id, matched: stored.id, matchedSource: file }])
      const lines = ingestMatchLines(byUrl)
      expect(lines.join('\n')).toContain(`${url}: unchanged, the same text as stored article ${stored.id} (${file})`)
      // a re-run of the same file is unchanged against itself: nothing to explain
      const again = await ingest(store, [file], { skipAggregate: true })
      expect(again.unchanged).toBe(1)
      expect(ingestMatchLines(again)).toEqual([])
      // a copy with one word changed is stored, and named as a near-duplicate of the first
      const copy = join(dir, 'port-copy.html')
      writeFileSync(copy, html.replace('a week of strikes', 'a week of long strikes'))
      const near = await ingest(store, [copy], { skipAggregate: true })
      expect(near.added).toBe(1)
      expect(near.nearDuplicates).toBe(1)
      expect(near.matches?.[0]).toMatchObject({ kind: 'near-duplicate', matched: stored.id, matchedSource: file })
      expect(ingestMatchLines(near)[0]).toMatch(new RegExp(`port-copy\\.html: stored as \\S+, a near-duplicate of stored article ${stored.id} \\(.*port\\.html\\)`))
    } finally { server.close(); await store.close() }
  }, 120_000)
})
