import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { assertText, decodeBytes, looksBinary } from './decode.js'

const utf8 = (s: string) => Buffer.from(s, 'utf8')

describe('decode', () => {
  it('decode reads plain UTF-8 without warnings', () => {
    const d = decodeBytes(utf8('Gaza — “quoted” café'))
    expect(d.text).toBe('Gaza — “quoted” café')
    expect(d.encoding).toBe('utf-8')
    expect(d.warnings).toEqual([])
  })

  it('decode strips a UTF-8 BOM and honours UTF-16 BOMs', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('abc')])).text).toBe('abc')
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tel Aviv', 'utf16le')])
    const d = decodeBytes(le)
    expect(d.text).toBe('Tel Aviv')
    expect(d.encoding).toBe('utf-16le')
  })

  it('decode uses the HTTP charset', () => {
    const d = decodeBytes(iconv.encode('Señor Müller', 'latin1'), { contentType: 'text/html; charset=ISO-8859-1' })
    expect(d.text).toBe('Señor Müller')
    expect(d.encodingSource).toBe('http')
  })

  it('decode uses <meta charset> and the XML declaration', () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body>'), iconv.encode('Москва', 'win1251'), Buffer.from('</body></html>')])
    expect(decodeBytes(html).text).toContain('Москва')
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><rss><title>'), iconv.encode('東京', 'shift_jis'), Buffer.from('</title></rss>')])
    expect(decodeBytes(xml).text).toContain('東京')
  })

  it('decode replaces invalid UTF-8 with U+FFFD and warns', () => {
    const bytes = Buffer.concat([utf8('<meta charset="utf-8">ok '), Buffer.from([0xc3, 0x28, 0xff]), utf8(' done')])
    const d = decodeBytes(bytes)
    expect(d.text).toContain('\uFFFD')
    expect(d.text).toContain('done')
    expect(d.warnings.join(' ')).toMatch(/invalid UTF-8/)
  })

  it('decode detects a legacy encoding when nothing is declared', () => {
    const text = 'Le président a déclaré que la sécurité était menacée. Les élèves étaient à l’école. '.repeat(5)
    const d = decodeBytes(iconv.encode(text.replace('’', "'"), 'windows-1252'))
    expect(d.text).toContain('président')
    expect(d.warnings.join(' ')).toMatch(/detected/)
  })

  it('decode warns about an unknown charset label and still decodes', () => {
    const d = decodeBytes(utf8('hello'), { contentType: 'text/plain; charset=x-klingon' })
    expect(d.text).toBe('hello')
    expect(d.warnings[0]).toMatch(/unknown charset/)
  })

  it('decode refuses binary input with E_INPUT_BINARY', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(looksBinary(png)).toBe(true)
    expect(() => decodeBytes(png, { source: 'x.png' })).toThrow(expect.objectContaining({ code: 'E_INPUT_BINARY' }))
    const withNul = Buffer.concat([utf8('text'), Buffer.from([0, 0, 0]), utf8('more')])
    expect(() => assertText(withNul)).toThrow(/binary/)
    expect(looksBinary(utf8('plain\ttext\r\nlines'))).toBe(false)
  })

  it('issue-14 decode keeps an almost-valid UTF-8 file as UTF-8 with U+FFFD and a warning', () => {
    const para = utf8('The minister said “we will talk” — and left for the café. ')
    // two stray bytes (a lone continuation byte and a truncated sequence) in otherwise valid UTF-8
    const bytes = Buffer.concat([para, para, Buffer.from([0x80]), para, Buffer.from([0xe2, 0x80]), utf8(' end'), para])
    const d = decodeBytes(bytes)
    expect(d.encoding).toBe('utf-8')
    expect(d.text).toContain('“we will talk”')
    expect(d.text).not.toContain('â€')
    expect(d.text).toContain('\uFFFD')
    expect(d.warnings.join(' ')).toMatch(/invalid UTF-8: 2 byte sequence/)
  })

  it('issue-14 decode still detects windows-1252 when no multi-byte sequence is valid', () => {
    const text = 'Le président a déclaré que la sécurité était menacée. “Très” grave. '.repeat(3)
    const d = decodeBytes(iconv.encode(text, 'windows-1252'))
    expect(d.encoding).toBe('windows-1252')
    expect(d.text).toContain('“Très”')
  })
})
