import { describe, expect, it } from 'vitest'
import { claimTriples } from './testing/claims-of.js'

describe('verbs of naming (light-predicates.ts)', () => {
  it('claims read "X called Y a Z" as X asserting what Y is', async () => {
    const claims = await claimTriples('Governor Lena Ortiz called the ceasefire a victory for the villages.', [{ text: 'Lena Ortiz', type: 'PER' }])
    expect(claims).toEqual([[expect.stringContaining('Lena Ortiz'), 'called', 'the ceasefire a victory for the villages']])
  })

  it('claims read "X called Y ADJ" with the adjective as what is asserted', async () => {
    const claims = await claimTriples('The defence minister called the proposal unacceptable.')
    expect(claims).toEqual([['The defence minister', 'called', 'the proposal unacceptable']])
  })

  it('claims keep "called for" an appeal, never a claim', async () => {
    expect(await claimTriples('The defence minister called for new talks with the rebels.')).toEqual([])
  })

  it('claims read what the object is called where the parser hung it on the object ("called the release a gesture", "called the talks productive")', async () => {
    const claims = await claimTriples('North Korea called the release a humanitarian gesture. Officials from both sides called the Geneva talks productive.', [{ text: 'North Korea', type: 'LOC' }])
    expect(claims).toEqual([['North Korea', 'called', 'the release a humanitarian gesture'], ['Officials from both sides', 'called', 'the Geneva talks productive']])
  })

  it('claims leave a call to someone alone ("called the embassy in Paris", "called the president Monday")', async () => {
    expect(await claimTriples('The minister called the embassy in Paris. He called the president Monday.')).toEqual([])
  })
})
