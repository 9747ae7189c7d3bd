import { describe, expect, it } from 'vitest'
import { formatOf, plainTextArticle } from './load.js'

describe('formatOf', () => {
  it('formatOf trusts the content type, then the file name, then the content', () => {
    expect(formatOf('<p>x</p>', 'text/html; charset=utf-8')).toBe('html')
    expect(formatOf('<html><body/></html>', 'application/xhtml+xml')).toBe('html')
    expect(formatOf('<rss version="2.0"></rss>', 'application/rss+xml')).toBe('feed')
    expect(formatOf('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><rss/>', undefined, '/a/feed.xml')).toBe('feed')
    expect(formatOf('<!DOCTYPE html><html></html>', undefined, '/a/page.txt')).toBe('html')
    expect(formatOf('Plain words about Gaza.', undefined, '/a/b.txt')).toBe('text')
  })
})

describe('plainTextArticle', () => {
  it('plainTextArticle finds the title, marks a kicker line under it as boilerplate and reads the dateline', () => {
    const text = 'Hamas Caught Infiltrating\n\nIslamic Telegram\n\nTEL AVIV — Hamas is acting to infiltrate the group, a source said.\n'
    const a = plainTextArticle(text, {}, 'x.txt')
    expect(a.title).toBe('Hamas Caught Infiltrating')
    expect(a.dateline).toBe('Tel Aviv')
    expect(text.slice(a.datelineSpan!.start, a.datelineSpan!.end)).toMatch(/^TEL AVIV —/)
    expect(a.boilerplate.map((b) => text.slice(b.start, b.end))).toEqual(['Islamic Telegram'])
    expect(a.text).toBe(text)
  })
})

describe('plainTextArticle line endings and leads', () => {
  it('plainTextArticle reads the title and dateline of a CRLF file', () => {
    const text = 'Rockets fired at Sderot\r\n\r\nGAZA CITY — Militants fired two rockets at Sderot on Monday, the army said.\r\n'
    const a = plainTextArticle(text, {}, 'crlf.txt')
    expect(a.title).toBe('Rockets fired at Sderot')
    expect(a.dateline).toBe('Gaza City')
  })

  it('plainTextArticle does not take a lead paragraph that opens with a dateline as the title', () => {
    const text = 'GAZA CITY (AP) — Hamas fighters fired rockets at Israel on Monday.\n\nThe army said it intercepted most of them.\n'
    const a = plainTextArticle(text, {}, 'lead.txt')
    expect(a.title).toBeUndefined()
    expect(a.dateline).toBe('Gaza City')
  })
})

describe('loadItem', () => {
  it('issue-14 loadItem stores an Arabic article with an E_LANGUAGE warning', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const { loadItem } = await import('./load.js')
    const dir = mkdtempSync(join(tmpdir(), 'dossier-lang-'))
    try {
      const p = join(dir, 'cairo.txt')
      writeFileSync(p, 'محادثات القاهرة\n\nقال المتحدث باسم الحكومة إن المحادثات ستستمر يوم الأحد في القاهرة بحضور الوفدين.\n')
      const r = await loadItem(p)
      expect(r.articles).toHaveLength(1)
      expect(r.warnings.join('\n')).toMatch(/E_LANGUAGE: .*Arabic script.*English-only/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
