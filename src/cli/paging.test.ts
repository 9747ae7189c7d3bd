import { describe, expect, it } from 'vitest'
import { listHeader, pageRange, wholeNumber } from './paging.js'

describe('command-line numbers and pages', () => {
  it('a word is "not a whole number"; a whole number past the range says it is out of range and what to give', () => {
    expect(() => wholeNumber('--limit', 'ten')).toThrow(/--limit "ten" is not a whole number/)
    expect(() => wholeNumber('--hops', '99', { max: 4 })).toThrow(/--hops "99" is out of range: give a whole number from 0 to 4/)
    expect(wholeNumber('--hops', '4', { max: 4 })).toBe(4)
  })

  it('a list header names the rows shown only when they are not the whole list', () => {
    expect(pageRange({ total: 3, offset: 0, items: [1, 2, 3] })).toBe('')
    expect(pageRange({ total: 38, offset: 20, items: Array(18).fill(0) })).toBe(', 21-38')
    expect(pageRange({ total: 5, offset: 9, items: [] })).toBe(', none past 9')
  })

  it('a list header counts in words and says plainly when nothing matches, with no colon before an empty list', () => {
    expect(listHeader({ total: 0, offset: 0, items: [] }, 'claim', 'claims')).toBe('no claims match')
    expect(listHeader({ total: 1, offset: 0, items: [1] }, 'event', 'events')).toBe('1 event:')
    expect(listHeader({ total: 38, offset: 20, items: Array(18).fill(0) }, 'event', 'events')).toBe('38 events, 21-38:')
  })
})
