import { describe, expect, it } from 'vitest'
import { findCount, numberValue } from './counts.js'

const words = (s: string) => s.toLowerCase().split(/\s+/)

describe('findCount', () => {
  it('counts read digits, number words and "more than"', () => {
    expect(numberValue('1,200')).toBe(1200)
    expect(numberValue('four')).toBe(4)
    const w = words('police detained more than 500 protesters')
    expect(findCount(w, 0, w.length)?.value).toBe(500)
    const d = words('dozens of fighters were killed')
    expect(findCount(d, 0, d.length)?.value).toBe(24)
  })

  it('counts skip years, percentages, durations and dates', () => {
    for (const s of ['in 2015 the group', 'demanded 20 % of the cost', 'three months ago', 'on 12 March', 'some 50,000 tonnes of wheat']) {
      const w = words(s)
      expect(findCount(w, 0, w.length), s).toBeUndefined()
    }
  })

  it('counts prefer the number nearest the role they count', () => {
    const w = words('two days after four Hamas members')
    expect(findCount(w, 0, w.length, 5)?.value).toBe(4)
  })
})
