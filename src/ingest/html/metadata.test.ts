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
