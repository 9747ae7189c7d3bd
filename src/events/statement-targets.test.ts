import { describe, expect, it } from 'vitest'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

const condemnation = (text: string, mentions: Array<{ text: string; type: 'PER' | 'ORG' | 'LOC' }>) =>
  extractEvents(parsedDoc(text, { mentions }), { loose: true }).find((e) => e.cameoRoot === '11')

describe('a statement about an act of force', () => {
  it('is about the act\'s doer, not the place struck', () => {
    const e = condemnation('The United States condemned the ISIL attack on Camp Hurriya.', [{ text: 'United States', type: 'LOC' }, { text: 'ISIL', type: 'ORG' }, { text: 'Camp Hurriya', type: 'LOC' }])
    expect(e?.target?.text).toBe('ISIL')
  })

  it('names nobody struck when the sentence names no doer', () => {
    const e = condemnation('The United States condemned the attack on Camp Hurriya.', [{ text: 'United States', type: 'LOC' }, { text: 'Camp Hurriya', type: 'LOC' }])
    expect(e?.target).toBeUndefined()
  })

  it('leaves a condemnation of a party as it was', () => {
    const e = condemnation('The United States condemned ISIL.', [{ text: 'United States', type: 'LOC' }, { text: 'ISIL', type: 'ORG' }])
    expect(e?.target?.text).toBe('ISIL')
  })
})
