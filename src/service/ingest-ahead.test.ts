import { mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteStore } from '../store/index.js'
import { ingest, type IngestSummary } from './ingest.js'

// Made-up reports: ingest analyses a run's articles together (Pipeline.analyseMany); what it stores and counts must
// be what ingesting them one by one gives, copies and near-duplicates inside the run included.
const a = 'Rebel fighters attacked an army checkpoint near the northern town of Kala on Monday, killing four soldiers, the ministry said.\n\n'
  + 'Governor Amina Bello condemned the attack. "We will not be intimidated," Bello told reporters in Kala.\n'
const nearA = a.replace('four soldiers', 'five soldiers')
const b = 'Police in Port Dara arrested twelve protesters on Tuesday after clashes outside the parliament, officials said.\n\n'
  + 'The opposition leader Samuel Okoro accused the government of silencing critics.\n'
const c = 'The foreign ministers of Veldia and Morana met in Geneva on Wednesday and agreed to reopen the border crossing.\n'

// named in the order the run ingests them (sorted), so the one-by-one ingest meets them in that order too
const files: Array<[string, string]> = [['1-a.txt', a], ['2-b.txt', b], ['3-a-copy.txt', a], ['4-a-near.txt', nearA], ['5-c.txt', c]]
const dir = mkdtempSync(join(process.env['TMPDIR'] ?? '/tmp', 'dossier-ahead-'))
const paths = files.map(([name, text]) => { const p = join(dir, name); writeFileSync(p, text); return p })
const opts = { skipAggregate: true, published: '2024-03-04' }

let together: SqliteStore
let oneByOne: SqliteStore
let summary: IngestSummary
const sums = { added: 0, unchanged: 0, nearDuplicates: 0 }
beforeAll(async () => {
  together = new SqliteStore(join(dir, 'together.db'))
  oneByOne = new SqliteStore(join(dir, 'one.db'))
  summary = await ingest(together, [...paths], opts)
  for (const p of paths) {
    const s = await ingest(oneByOne, [p], opts)
    sums.added += s.added; sums.unchanged += s.unchanged; sums.nearDuplicates += s.nearDuplicates
  }
}, 180_000)
afterAll(async () => { await together.close(); await oneByOne.close() })

/** What a user reads of the stored articles: each article's mentions, events and claims, without ingest times. */
async function stored(store: SqliteStore): Promise<unknown> {
  const out = []
  for (const s of (await store.listArticles({ limit: 100 })).sort((x, y) => x.id.localeCompare(y.id))) {
    const { ingestedAt: _at, ...article } = (await store.getArticle(s.id))!
    out.push({ article, mentions: await store.mentionsOf(s.id), events: await store.eventsOf(s.id), claims: await store.claimsOf(s.id) })
  }
  return out
}

describe('ingest analyses a run of articles together', () => {
  it('ingest of five files in one run counts the copy as unchanged and the near copy as a near-duplicate, as one by one', () => {
    expect({ added: summary.added, unchanged: summary.unchanged, nearDuplicates: summary.nearDuplicates }).toEqual({ added: 4, unchanged: 1, nearDuplicates: 1 })
    expect(sums).toEqual({ added: 4, unchanged: 1, nearDuplicates: 1 })
  })

  it('ingest of a run stores the same articles, mentions, events and claims as ingesting each file alone', async () => {
    const got = await stored(together)
    expect(got).toEqual(await stored(oneByOne))
    expect((got as Array<{ events: unknown[] }>).some((x) => x.events.length > 0)).toBe(true)
  })
})
