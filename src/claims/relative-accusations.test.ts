import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsIn } from './testing/claims-of.js'

async function claimsOf(text: string, mentions: MentionSpec[] = []) {
  return (await claimsIn(text, mentions)).map((c) => [c.source.text, c.cue.text, c.stance])
}

describe('accusations', () => {
  it('claims give an accusation in a relative clause to the noun the clause modifies', async () => {
    const got = await claimsOf('The court dismissed a case filed by farmers who accused the governor of stealing their land.', [])
    expect(got).toContainEqual(['farmers', 'accused', 'assert'])
  })

  it('claims take any accuser of "accuse" and "blame" as a speaker ("The opposition", "The lawsuit")', async () => {
    const got = await claimsOf('The opposition accused the mayor of rigging the vote. The lawsuit blamed the company for the spill.')
    expect(got).toEqual([['The opposition', 'accused', 'assert'], ['The lawsuit', 'blamed', 'assert']])
  })

  it('claims give no accuser to the noun a passive participle describes', async () => {
    const got = await claimsOf('Prosecutors filed charges against a sailor accused of smuggling weapons.')
    expect(got.filter((c) => c[1] === 'accused').map((c) => c[0])).not.toContain('charges against a sailor')
  })

  it('claims keep a titled name the parser hung on a fronted phrase as the speaker ("In a statement …, Senate Leader Tom Varga accused")', async () => {
    const got = await claimsOf('In a statement released after the governor\'s speech, Senate Minority Leader Tom Varga accused the administration of hiding the report.',
      [{ text: 'Tom Varga', type: 'PER' }])
    expect(got.filter((c) => c[1] === 'accused').map((c) => c[0])).toEqual(['Senate Minority Leader Tom Varga'])
  })
})
