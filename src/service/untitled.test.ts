import { mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { renderDossier } from '../cli/commands/show.js'
import { exportTo } from '../export/index.js'
import { SqliteStore } from '../store/index.js'
import { dossier } from './dossier.js'
import { listClaims, listEvents } from './facts.js'
import { ingest } from './ingest.js'
import { searchArticles } from './search.js'

// Made-up report whose first line is a long sentence (no headline), read from a file.
const text = 'Rebel fighters attacked an army checkpoint near the northern town of Kala on Monday, killing four soldiers, the ministry said.\n\n'
  + 'Governor Amina Bello condemned the attack. "We will not be intimidated," Bello told reporters.\n'

let store: SqliteStore
beforeAll(async () => {
  const dir = mkdtempSync(join(process.env['TMPDIR'] ?? '/tmp', 'dossier-untitled-'))
  writeFileSync(join(dir, 'kala-68955.txt'), text)
  store = new SqliteStore(join(dir, 'd.db'))
  await ingest(store, [join(dir, 'kala-68955.txt')])
}, 120_000)
afterAll(async () => { await store.close() })

const LABEL = '“Rebel fighters attacked an army checkpoint near the northern…” (no headline, kala-68955.txt)'

describe('issue: an article without a headline showed as article_68955… everywhere', () => {
  it('untitled events, claims, mentions and search hits carry a marked label, and no made-up title', async () => {
    const events = (await listEvents(store, { limit: 20, offset: 0 })).items
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) expect([e.articleTitle, e.articleLabel]).toEqual([undefined, LABEL])
    for (const c of (await listClaims(store, { limit: 20, offset: 0 })).items) expect(c.articleLabel).toBe(LABEL)
    const hits = await searchArticles(store, 'Kala', { limit: 5, offset: 0 })
    expect(hits.items[0]?.label).toBe('kala-68955.txt (no headline)')
    expect(hits.items[0]?.title).toBeUndefined()
    expect((await store.getArticle(events[0]!.articleId))?.title).toBeUndefined()
  })

  it('untitled show prints the label where it printed the article id', async () => {
    const out = renderDossier(await dossier(store, 'Amina Bello', { limit: 20 }))
    expect(out).toContain(`${LABEL}, undated (ingested`)
    expect(out).not.toMatch(/article_[0-9a-f]+, undated/)
  })

  it('untitled the FtM export names the Article by the label, with no title property', async () => {
    const chunks: Buffer[] = []
    const sink = new PassThrough().on('data', (c: Buffer) => chunks.push(c))
    await exportTo(store, 'ftm', {}, sink)
    const article = Buffer.concat(chunks).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as { schema: string; properties: Record<string, unknown[]> }).find((e) => e.schema === 'Article')!
    expect(article.properties['name']).toEqual([LABEL])
    expect(article.properties['title']).toBeUndefined()
  })
})
