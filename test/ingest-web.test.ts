/**
 * Ingesting the real world through the service: saved HTML pages, RSS feeds and URLs from a local server.
 */
import { createServer, type Server } from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetPoliteness } from '../src/ingest/fetch.js'
import { ingest } from '../src/service/ingest.js'
import { SqliteStore } from '../src/store/index.js'

const page = (title: string, body: string, extra = '') => `<!DOCTYPE html><html><head><title>${title} | Gaza Monitor</title>
<meta property="og:site_name" content="Gaza Monitor"><meta property="article:published_time" content="2016-03-14T10:00:00Z">${extra}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>${body}
<p>Please let us know if you're having issues with commenting.</p></article><footer>© 2016 Gaza Monitor. All rights reserved.</footer></body></html>`

const story1 = page('Hamas arrests Salafists', `<p>GAZA CITY — Hamas security forces arrested dozens of Salafist militants in Gaza on Sunday, a Hamas official said.</p>
<p>The arrests followed a rocket attack on Israel that the Salafist group claimed, according to residents of the Gaza Strip.</p>
<p>Egypt has pressed Hamas to rein in the jihadists operating along the border with the Sinai Peninsula.</p>`)
const story2 = page('Egypt reopens Rafah crossing', `<p>Egypt reopened the Rafah border crossing on Monday for the first time in weeks, Egyptian officials said.</p>
<p>Hundreds of travellers waited at the crossing, which is the main gateway between the Gaza Strip and the outside world.</p>`)
const feed = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Gaza Monitor</title><link>${base}/</link>
<item><title>Hamas arrests Salafists</title><link>${base}/story1</link><description>Short summary.</description><pubDate>Mon, 14 Mar 2016 10:00:00 GMT</pubDate></item>
<item><title>Egypt reopens Rafah crossing</title><link>${base}/story2</link><description>Another summary.</description></item>
<item><title>Missing page</title><link>${base}/gone</link><description>x</description></item>
</channel></rss>`

let server: Server
let base = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    const routes: Record<string, [string, string]> = {
      '/story1': ['text/html; charset=utf-8', story1],
      '/story2': ['text/html; charset=utf-8', story2],
      '/feed.xml': ['application/rss+xml', feed(base)],
    }
    const r = routes[req.url ?? '']
    if (!r) { res.writeHead(404).end('not found'); return }
    res.writeHead(200, { 'content-type': r[0] }).end(r[1])
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => { server.close() })

const newStore = () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-web-')), 'd.db'))

describe('ingest from the web', () => {
  it('ingest of a saved HTML page keeps body, title, outlet, date and dateline, and drops boilerplate from stages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-html-'))
    writeFileSync(join(dir, 'story.html'), story1)
    const store = newStore()
    const s = await ingest(store, [join(dir, 'story.html')])
    expect(s.failures).toEqual([])
    const [a] = await store.listArticles()
    const article = (await store.getArticle(a!.id))!
    expect(article.title).toBe('Hamas arrests Salafists')
    expect(article.outlet).toBe('Gaza Monitor')
    expect(article.published?.startsWith('2016-03-14')).toBe(true)
    expect(article.dateline).toBe('Gaza City')
    expect(article.text).toContain('Hamas security forces arrested dozens')
    expect(article.text).not.toContain('Home')
    const mentions = await store.mentionsOf(article.id)
    expect(mentions.some((m) => m.text === 'GAZA CITY')).toBe(false)
    for (const b of article.boilerplate) expect(mentions.some((m) => m.start < b.end && b.start < m.end)).toBe(false)
    await store.close()
  })

  it('ingest of a URL refuses loopback without --allow-private and fetches it with it', async () => {
    resetPoliteness()
    const store = newStore()
    const refused = await ingest(store, [`${base}/story2`])
    expect(refused.failures[0]?.code).toBe('E_FETCH_BLOCKED')
    const ok = await ingest(store, [`${base}/story2`], { allowPrivate: true })
    expect(ok.failures).toEqual([])
    expect(ok.added).toBe(1)
    const [a] = await store.listArticles()
    expect((await store.getArticle(a!.id))?.url).toBe(`${base}/story2`)
    await store.close()
  })

  it('ingest of a feed fetches each linked page, reports the broken item and keeps the rest', async () => {
    resetPoliteness()
    const store = newStore()
    const s = await ingest(store, [`${base}/feed.xml`], { allowPrivate: true })
    expect(s.added).toBe(2)
    expect(s.failures).toHaveLength(1)
    expect(s.failures[0]?.item).toContain('/gone')
    const titles = (await store.listArticles()).map((a) => a.title).sort()
    expect(titles).toEqual(['Egypt reopens Rafah crossing', 'Hamas arrests Salafists'])
    await store.close()
  }, 60_000)

  it('a feed entry blocked as loopback, then its URL ingested by itself: failures forget that entry only', async () => {
    resetPoliteness()
    const store = newStore()
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-feed-')), 'monitor.xml')
    writeFileSync(file, feed(base))
    const s = await ingest(store, [file])
    expect(s.failures.map((f) => f.code)).toEqual(['E_FETCH_BLOCKED', 'E_FETCH_BLOCKED', 'E_FETCH_BLOCKED'])
    const ok = await ingest(store, [`${base}/story2`], { allowPrivate: true })
    expect([ok.added, ok.failures]).toEqual([1, []])
    expect((await store.failures()).map((f) => f.item!.slice(file.length)).sort()).toEqual([`#${base}/gone`, `#${base}/story1`])
    await store.close()
  }, 60_000)

  it('ingest records a wire copy as a near-duplicate of the first report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-dup-'))
    const text = 'Hamas arrests Salafists\n\nHamas security forces arrested dozens of Salafist militants in Gaza on Sunday, a Hamas official said. ' +
      'The arrests followed a rocket attack on Israel that the Salafist group claimed, according to residents of the Gaza Strip. ' +
      'Egypt has pressed Hamas to rein in the jihadists operating along the border with the Sinai Peninsula, officials in Cairo said.\n'
    writeFileSync(join(dir, 'a.txt'), text)
    writeFileSync(join(dir, 'b.txt'), text.replace('Hamas arrests Salafists', 'Gaza: Hamas detains Salafist militants').replace('on Sunday', 'on Sunday night'))
    const store = newStore()
    const s = await ingest(store, [dir])
    expect(s.added).toBe(2)
    expect(s.nearDuplicates).toBe(1)
    const list = await store.listArticles()
    expect(list.filter((a) => a.nearDupOf).length).toBe(1)
    await store.close()
  })
})

describe('hostile inputs in one batch', () => {
  it('ingest gives each hostile file its own error and still ingests the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'))
    writeFileSync(join(dir, 'good.html'), story2)
    writeFileSync(join(dir, 'truncated.html'), story1.slice(0, Math.floor(story1.length * 0.6)))
    writeFileSync(join(dir, 'nested.html'), `<html><body>${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}</body></html>`)
    writeFileSync(join(dir, 'empty-body.html'), '<!DOCTYPE html><html><head><title>Nothing</title></head><body></body></html>')
    writeFileSync(join(dir, 'laughs.xml'), `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title><item><title>x</title><description>&lol2;</description></item></channel></rss>`)
    const store = newStore()
    const s = await ingest(store, [dir])
    const byFile = Object.fromEntries(s.failures.map((f) => [f.item.split('/').pop(), f.code]))
    expect(byFile['nested.html']).toBe('E_EXTRACT')
    expect(byFile['empty-body.html']).toBe('E_EXTRACT')
    expect(byFile['laughs.xml']).toBe('E_FEED')
    expect(byFile['good.html']).toBeUndefined()
    // a truncated page still has its first paragraphs: it is ingested, not refused
    expect(byFile['truncated.html']).toBeUndefined()
    expect(s.added).toBe(2)
    await store.close()
  })
})
