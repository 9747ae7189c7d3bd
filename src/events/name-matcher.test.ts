import { describe, expect, it } from 'vitest'
import { mentionsFromNames } from './name-matcher.js'

describe('mentionsFromNames', () => {
  it('name matcher finds whole words, longest first, case-sensitively', () => {
    const text = 'The Islamic State group said IS is strong; this is Islamic State.'
    const m = mentionsFromNames('a', text, [{ text: 'Islamic State', type: 'ORG' }, { text: 'Islamic State group', type: 'ORG' }, { text: 'IS', type: 'ORG' }])
    expect(m.map((x) => x.text)).toEqual(['Islamic State group', 'IS', 'Islamic State'])
    for (const x of m) expect(text.slice(x.start, x.end)).toBe(x.text)
  })

  it('name matcher links a nominal to the nearest earlier mention it refers to', () => {
    const m = mentionsFromNames('a', 'Wilayat Sinai struck. The Salafist group said so.', [
      { text: 'Wilayat Sinai', type: 'ORG' }, { text: 'The Salafist group', type: 'ORG', kind: 'nominal', refersTo: 'Wilayat Sinai' },
    ])
    expect(m[1]!.antecedentId).toBe(m[0]!.id)
  })
})
