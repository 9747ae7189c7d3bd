import { describe, expect, it } from 'vitest'
import type { IngestSummary } from '../../service/ingest.js'
import { ingestSummaryLine } from './ingest.js'

const summary = (s: Partial<IngestSummary>): IngestSummary => ({ batchId: 'b', items: 1, added: 0, unchanged: 0, nearDuplicates: 0, failures: [], stageFailures: [], ...s })
const failed = (item: string) => ({ item, code: 'E_FETCH', message: 'HTTP 404' })

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
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { SqliteStore } = await import('../../store/index.js')
    const { ingest } = await import('../../service/ingest.js')
    const dir = mkdtempSync(join(process.env['TMPDIR'] ?? '/tmp', 'dossier-missing-'))
    writeFileSync(join(dir, 'one.txt'), 'Port Talks\n\nThe minister said the port would reopen on Monday.\n')
    const store = new SqliteStore(join(dir, 'd.db'))
    try {
      const alone = await ingest(store, [join(dir, 'nope.txt')], { skipAggregate: true })
      expect(ingestSummaryLine(alone)).toBe('ingested 1 item(s): 0 new, 0 unchanged, 0 near-duplicate(s), 1 failed')
      const both = await ingest(store, [join(dir, 'nope.txt'), join(dir, 'one.txt')], { skipAggregate: true })
      expect(ingestSummaryLine(both)).toBe('ingested 2 item(s): 1 new, 0 unchanged, 0 near-duplicate(s), 1 failed')
    } finally { await store.close() }
  }, 120_000)
})
