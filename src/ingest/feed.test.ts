import { causeLine } from './one-line.js'
import { describe, expect, it } from 'vitest'
import { DossierError } from '../model/index.js'
import { feedArticles, looksLikeFeed, parseFeed } from './feed.js'

const para = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: officials in Gaza City said the crossing would reopen on Thursday after talks with Egyptian mediators, according to a statement.</p>`).join('')

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example World</title><link>https://news.example.com/</link>
<item><title>Crossing to reopen</title><link>https://news.example.com/a</link><guid>a-1</guid>
<pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate><dc:creator>Dana Levi</dc:creator>
<description>Officials said the crossing would reopen.</description>
<content:encoded><![CDATA[${para(12)}]]></content:encoded></item>
<item><title>Summary only</title><link>https://news.example.com/b</link><guid>b-2</guid>
<description>Short teaser about a ceasefire proposal.</description></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
<entry><title>Atom story</title><link href="https://atom.example.org/s1"/><id>urn:s1</id><updated>2024-03-06T10:00:00Z</updated>
<author><name>R. Roe</name></author><summary>Atom teaser.</summary></entry></feed>`

describe('feed', () => {
  it('feed parses RSS items with metadata and tells full content from summaries', async () => {
    const f = await parseFeed(rss)
    expect(f.title).toBe('Example World')
    expect(f.items).toHaveLength(2)
    expect(f.items[0]).toMatchObject({ title: 'Crossing to reopen', link: 'https://news.example.com/a', guid: 'a-1', author: 'Dana Levi', published: '2024-03-05T08:30:00.000Z', hasFullContent: true })
    expect(f.items[1]).toMatchObject({ title: 'Summary only', hasFullContent: false, summary: 'Short teaser about a ceasefire proposal.' })
  })

  it('feed parses Atom entries', async () => {
    const f = await parseFeed(atom)
    expect(f.items[0]).toMatchObject({ title: 'Atom story', link: 'https://atom.example.org/s1', hasFullContent: false })
    expect(looksLikeFeed(atom)).toBe(true)
    expect(looksLikeFeed(rss)).toBe(true)
    expect(looksLikeFeed('<!DOCTYPE html><html></html>')).toBe(false)
  })

  it('feed refuses billion-laughs entity declarations with E_FEED', async () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title></item></channel></rss>`
    await expect(parseFeed(laughs)).rejects.toMatchObject({ code: 'E_FEED', message: expect.stringMatching(/DOCTYPE|ENTITY/) })
  })

  it('feed refuses a huge item and too many items', async () => {
    const huge = rss.replace('Short teaser about a ceasefire proposal.', 'x'.repeat(3_000_000))
    await expect(parseFeed(huge)).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE', message: expect.stringMatching(/item 2/) })
    await expect(parseFeed(rss, { maxItems: 1 })).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE' })
  })

  it('feed gives E_FEED for malformed XML', async () => {
    await expect(parseFeed('<rss><channel><item><title>oops</channel>')).rejects.toBeInstanceOf(DossierError)
  })

  it('issue-14 feed parse errors are one line', async () => {
    const err = await parseFeed('<?xml version="1.0"?><rss><channel><a><a></channel></rss>').catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'E_FEED' })
    expect((err as DossierError).message).toMatch(/^feed could not be parsed: /)
    expect((err as DossierError).message).not.toMatch(/\n/)
    // the XML layer's own message spans four lines
    expect(causeLine(new Error('Unexpected close tag\nLine: 0\nColumn: 51\nChar: >'))).toBe('Unexpected close tag; Line: 0; Column: 51; Char: >')
  })

  it('feed turns items into articles, fetching pages for summary-only items, and keeps going past a failure', async () => {
    const f = await parseFeed(rss)
    const fetched: string[] = []
    const results = await feedArticles(f, async (url) => {
      fetched.push(url)
      return `<html><head><title>Ceasefire proposal</title></head><body><article><h1>Ceasefire proposal</h1>${para(6)}</article></body></html>`
    })
    expect(fetched).toEqual(['https://news.example.com/b'])
    expect(results[0]!.article!.text).toContain('Paragraph 12: officials in Gaza City')
    expect(results[0]!.article!.published).toBe('2024-03-05T08:30:00.000Z')
    expect(results[1]!.article!.url).toBe('https://news.example.com/b')

    const failing = await feedArticles(f, async () => {
      throw new DossierError('E_FETCH', 'HTTP 404')
    })
    expect(failing[0]!.article).toBeDefined()
    expect(failing[1]!.error?.code).toBe('E_FETCH')
  })
})

describe('feed fallback', () => {
  it('feed uses an item\'s own text when its linked page fails and the text is long enough', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Long item</title><link>https://x.example/long</link><description>${long}</description></item>
<item><title>Short item</title><link>https://x.example/short</link><description>Too short.</description></item>
</channel></rss>`
    const f = await parseFeed(xml)
    const r = await feedArticles(f, async () => { throw new DossierError('E_FETCH', 'HTTP 404') })
    expect(r[0]!.article?.text).toContain('word39')
    expect(r[0]!.article?.warnings.join(' ')).toMatch(/linked page failed/)
    expect(r[1]!.error?.code).toBe('E_FETCH')
  })
})
