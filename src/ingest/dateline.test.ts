import { describe, expect, it } from 'vitest'
import { findDateline, normalisePlace } from './dateline.js'

describe('dateline', () => {
  it('dateline finds a capitalised place before a dash and normalises it', () => {
    const text = 'TEL AVIV — Israeli officials said on Monday that talks resumed.'
    const d = findDateline(text)!
    expect(d.dateline).toBe('Tel Aviv')
    expect(text.slice(d.span.start, d.span.end)).toBe('TEL AVIV —')
  })

  it('dateline reads agency and date forms', () => {
    const reuters = findDateline('GAZA CITY, Jan 3 (Reuters) - Palestinian officials said')!
    expect(reuters).toMatchObject({ dateline: 'Gaza City', agency: 'Reuters', date: 'Jan 3' })
    expect(findDateline('WASHINGTON (AP) — The Senate voted')).toMatchObject({ dateline: 'Washington', agency: 'AP' })
    expect(findDateline('BEIRUT, Lebanon (AP) — Hezbollah said')).toMatchObject({ dateline: 'Beirut', region: 'Lebanon' })
    expect(findDateline('Kyiv, March 3 (Reuters) - Ukraine said')).toMatchObject({ dateline: 'Kyiv', date: 'March 3' })
  })

  it('dateline starts at a given offset, so it works after a title line', () => {
    const text = 'Headline here\n\nKHAN YUNIS, Gaza Strip — Residents fled.'
    const d = findDateline(text, 15)!
    expect(d.dateline).toBe('Khan Yunis')
    expect(text.slice(d.span.start, d.span.end)).toBe('KHAN YUNIS, Gaza Strip —')
  })

  it('dateline ignores labels and ordinary sentences', () => {
    expect(findDateline('BREAKING — Rockets fired')).toBeUndefined()
    expect(findDateline('Israel said - more to come')).toBeUndefined()
    expect(findDateline('The IDF — which denied it — said')).toBeUndefined()
    expect(findDateline('Hamas fighters attacked the base on Sunday.')).toBeUndefined()
  })

  it('dateline normalises hyphenated capitals', () => {
    expect(normalisePlace('AL-ARISH')).toBe('Al-Arish')
    expect(normalisePlace('Ramallah')).toBe('Ramallah')
  })
})
