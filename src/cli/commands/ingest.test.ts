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
