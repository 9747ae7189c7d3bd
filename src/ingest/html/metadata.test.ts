import { describe, expect, it } from 'vitest'
import { extractHtml } from './extract.js'

const body = '<article><p>Rebel fighters attacked an army checkpoint near the northern town of Kala on Monday, killing four soldiers, the defence ministry said in a statement issued in the capital.</p><p>The governor condemned the attack and called for calm in the province, where elections are due next month.</p></article>'
const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`

describe('issue: a page that names its date in a microdata list got no date', () => {
  it('metadata reads datePublished from an itemprop list ("datePublished dateCreated") and article:published', () => {
    const a = extractHtml(page('<title>Kala attack</title><meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">'))
    expect(a.published).toBe('2019-11-19T11:00:09.000Z')
    const b = extractHtml(page('<title>Kala attack</title><meta property="article:published" content="2019-11-18T08:00:00Z">'))
    expect(b.published).toBe('2019-11-18T08:00:00.000Z')
  })
})

describe('issue: outlet and title from sites that name themselves oddly', () => {
  it('metadata skips an og:site_name that is a URL for the publisher name', () => {
    const a = extractHtml(page('<title>Kala attack</title><meta property="og:site_name" content="https://www.kala-news.example"><meta itemprop="publisher" content="Kala News">'))
    expect(a.outlet).toBe('Kala News')
  })
})

describe('issue: a title kept the site name the page itself leaves out of og:title', () => {
  it('extract takes the shorter og:title when a page gives two, the other with the site name after it', () => {
    const suffixed = 'Rebels attack Kala checkpoint - Kala Post - News from the North'
    const a = extractHtml(page(`<title>${suffixed}</title><meta property="og:title" content="Rebels attack Kala checkpoint"><meta property="og:site_name" content="Northern Wire"><meta property="og:title" content="${suffixed}">`))
    expect(a.title).toBe('Rebels attack Kala checkpoint')
  })
})

describe('issue: publishers stored as authors (trial 19: Wired → "Condé Nast", Polygraph → "POLYGRAPH.info")', () => {
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`
  it('an author named by the JSON-LD publisher is not an author', () => {
    const a = extractHtml(page(`<title>Kala attack</title><meta property="og:site_name" content="NORTHWIRE"><meta name="author" content="Condé Nast">${ld({ '@type': 'NewsArticle', headline: 'Kala attack', publisher: { '@type': 'Organization', name: 'Condé Nast' } })}`), { url: 'https://www.northwire.example/story/kala' })
    expect(a.author).toBeUndefined()
    expect(a.outlet).toBe('NORTHWIRE')
  })
  it('an author that is the site name in a domain-like form, or the page host, is not an author', () => {
    const a = extractHtml(page('<title>Kala attack</title><meta property="og:site_name" content="Kalagraph"><meta name="author" content="KALAGRAPH.info">'))
    expect(a.author).toBeUndefined()
    const b = extractHtml(page('<title>Kala attack</title><meta name="author" content="Kala-Post.com">'), { url: 'https://www.kala-post.com/a/1' })
    expect(b.author).toBeUndefined()
  })
  it('an author that is the copyright holder gives way to the person in JSON-LD; a page naming only its site has no author', () => {
    const a = extractHtml(page(`<title>Kala attack</title><meta property="og:site_name" content="Northwire"><meta name="author" content="Kalamedia Group"><meta name="copyright" content="Copyright (c) Kalamedia Group 2019">${ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Amina Yusuf' }] })}`))
    expect(a.author).toBe('Amina Yusuf')
    const bodyWithByline = body.replace('<article>', '<article><p class="byline">The defence ministry and the governor</p>')
    const b = extractHtml(`<!DOCTYPE html><html><head><title>Kala attack</title><meta property="og:site_name" content="Kalagraph"><meta name="byl" content="KALAGRAPH.info"></head><body>${bodyWithByline}</body></html>`)
    expect(b.author).toBeUndefined()
  })
  it('a person named next to the publisher stays the author, and a person alone is kept', () => {
    const a = extractHtml(page(`<title>Kala attack</title><meta property="og:site_name" content="Northwire">${ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Amina Yusuf' }, { '@type': 'Organization', name: 'Northwire' }] })}`))
    expect(a.author).toBe('Amina Yusuf')
    const b = extractHtml(page('<title>Kala attack</title><meta property="og:site_name" content="Northwire"><meta name="author" content="Daniel North">'), { url: 'https://northwire.example/x' })
    expect(b.author).toBe('Daniel North')
  })
})
