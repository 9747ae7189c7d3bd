import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { decodeHTML } from 'entities'
import { describe, expect, it } from 'vitest'
import { bodyText, extractHtml, nestingDepth, readabilityText } from './extract.js'

const fixture = readFileSync(fileURLToPath(new URL('./fixtures/strike.html', import.meta.url)), 'utf8')

describe('extract', () => {
  it('extract lays out the title line, a blank line and paragraphs as lines', () => {
    const a = extractHtml(fixture)
    expect(a.title).toBe('Strike hits weapons depot near Khan Yunis')
    expect(a.text.startsWith('Strike hits weapons depot near Khan Yunis\n\n')).toBe(true)
    expect(a.bodyStart).toBe(a.title!.length + 2)
    expect(a.text.split('\n\n')).toContain('TEL AVIV — Israeli aircraft struck a weapons depot near Khan Yunis overnight, the military said on Tuesday, in what officials described as a response to rocket fire from the southern Gaza Strip earlier in the week.')
    expect(a.text.slice(a.titleSpan!.start, a.titleSpan!.end)).toBe(a.title)
    expect(a.text).toContain('\n\nResidents of the area told reporters')
    expect(a.text).not.toMatch(/\n{3,}/)
    expect(a.text).not.toContain('color:red')
  })

  it('extract reads metadata from meta tags, JSON-LD and the canonical link', () => {
    const a = extractHtml(fixture)
    expect(a.outlet).toBe('The Example Post')
    expect(a.author).toBe('Dana Levi')
    expect(a.published).toBe('2024-03-05T06:30:00.000Z')
    expect(a.url).toBe('https://news.example.com/world/strike-depot')
    expect(a.language).toBe('en')
  })

  it('extract makes the dateline metadata with a span to skip', () => {
    const a = extractHtml(fixture)
    expect(a.dateline).toBe('Tel Aviv')
    expect(a.text.slice(a.datelineSpan!.start, a.datelineSpan!.end)).toBe('TEL AVIV —')
  })

  it('extract marks comment prompts, share lines and captions as boilerplate but keeps them in text', () => {
    const a = extractHtml(fixture)
    const marked = a.boilerplate.map((s) => a.text.slice(s.start, s.end))
    expect(marked).toContain("Please let us know if you're having issues with commenting.")
    expect(marked).toContain('Share this article')
    expect(marked.some((m) => m.startsWith('Smoke rises over Khan Yunis'))).toBe(true)
    expect(a.text).toContain('Share this article')
    const body = bodyText(a)
    expect(body).not.toContain('commenting')
    expect(body).not.toContain('Smoke rises')
    expect(body).toContain('Hamas officials denied')
    expect(a.boilerplateReasons).toHaveLength(a.boilerplate.length)
  })

  it('extract maps every body character back to the raw HTML', () => {
    const a = extractHtml(fixture)
    expect(a.warnings).toEqual([])
    expect(a.sourceMap.length).toBeGreaterThan(0)
    for (const e of a.sourceMap) {
      const raw = fixture.slice(e.rawStart, e.rawEnd)
      const txt = a.text.slice(e.textStart, e.textEnd)
      expect(decodeHTML(raw).replace(/\s+/g, ' ')).toBe(txt)
    }
    const para = a.text.indexOf('A military spokesman')
    const hit = a.sourceMap.find((e) => e.textStart <= para && para < e.textEnd)!
    expect(fixture.slice(hit.rawStart, hit.rawStart + 20)).toBe('A military spokesman')
    const covered = a.sourceMap.reduce((n, e) => n + e.textEnd - e.textStart, 0)
    const paragraphs = a.text.split('\n\n').reduce((n, p) => n + p.length, 0)
    expect(covered).toBe(paragraphs)
  })

  it('extract handles a fragment and truncated HTML', () => {
    const frag = extractHtml('<p>Rockets were fired at Sderot on Monday evening, police said, and two people were lightly hurt by shrapnel.</p>')
    expect(frag.text).toContain('Rockets were fired at Sderot')
    const cut = fixture.slice(0, fixture.indexOf('Residents of the area') + 40)
    const t = extractHtml(cut)
    expect(t.text).toContain('A military spokesman said')
  })

  it('extract refuses a 50 MB page with E_INPUT_TOO_LARGE without parsing it', () => {
    const big = '<html><body>' + '<p>filler text that goes on</p>'.repeat(1_700_000) + '</body></html>'
    expect(big.length).toBeGreaterThan(50_000_000)
    const t0 = Date.now()
    expect(() => extractHtml(big)).toThrow(expect.objectContaining({ code: 'E_INPUT_TOO_LARGE' }))
    expect(Date.now() - t0).toBeLessThan(2000)
  })

  it('extract refuses a page with an absurd number of elements with E_INPUT_TOO_LARGE', () => {
    const many = '<html><body>' + '<div><span>x</span></div>'.repeat(40_000) + '</body></html>'
    expect(() => extractHtml(many)).toThrow(expect.objectContaining({ code: 'E_INPUT_TOO_LARGE', message: expect.stringMatching(/elements/) }))
  })

  it('extract refuses deeply nested HTML with E_EXTRACT', () => {
    const deep = '<html><body>' + '<div>'.repeat(20_000) + 'x' + '</div>'.repeat(20_000) + '</body></html>'
    expect(nestingDepth(deep)).toBe(20_000)
    expect(() => extractHtml(deep)).toThrow(expect.objectContaining({ code: 'E_EXTRACT' }))
  })

  it('extract counts optional-end-tag elements as shallow', () => {
    expect(nestingDepth('<ul>' + '<li>item'.repeat(5000) + '</ul>')).toBe(1)
    expect(nestingDepth('<script>' + '<div>'.repeat(5000) + '</script><div></div>')).toBe(1)
  })

  it('extract gives E_EXTRACT for an empty body', () => {
    expect(() => extractHtml('<html><head><title>x</title></head><body>  </body></html>')).toThrow(expect.objectContaining({ code: 'E_EXTRACT' }))
    expect(() => extractHtml('')).toThrow(expect.objectContaining({ code: 'E_EXTRACT' }))
  })

  it('extract baseline returns the plain Readability text with the boilerplate left in', () => {
    const base = readabilityText(fixture)
    expect(base).toContain('commenting')
    expect(base).toContain('Hamas officials denied')
  })
})

describe('stripSiteName', () => {
  it('stripSiteName drops the outlet after a separator and keeps headlines with dashes', async () => {
    const { stripSiteName } = await import('./extract.js')
    expect(stripSiteName('Hamas arrests Salafists | Gaza Monitor', 'Gaza Monitor', undefined)).toBe('Hamas arrests Salafists')
    expect(stripSiteName('Reuters - Egypt opens Rafah', undefined, 'https://www.reuters.com/x')).toBe('Egypt opens Rafah')
    expect(stripSiteName('EXCLUSIVE – Jihadist: Hamas Caught', 'Breitbart', undefined)).toBe('EXCLUSIVE – Jihadist: Hamas Caught')
  })
})
