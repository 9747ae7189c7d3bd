import { describe, expect, it } from 'vitest'
import { claimsIn, claimTriples as claims } from './testing/claims-of.js'

describe('quoted as saying', () => {
  it('claims make the one an outlet quotes the speaker, not the outlet', async () => {
    expect(await claims('The Associated Press quotes a Haitian government spokesman as saying that the two leaders will meet in May.'))
      .toEqual([['a Haitian government spokesman', 'saying', 'the two leaders will meet in May']])
    expect(await claims('Amnesty International cites local sources as saying twelve people were shot by security forces.'))
      .toEqual([['local sources', 'saying', 'twelve people were shot by security forces']])
  })
  it('claims make the subject of a passive "was quoted as saying" the speaker', async () => {
    expect(await claims('Russian military chiefs have been quoted as saying the new missiles are aimed at the shield.'))
      .toEqual([['Russian military chiefs', 'saying', 'the new missiles are aimed at the shield']])
  })
  it('claims read "quotes Y as denying Z" as a denial by Y (any reporting participle after "as")', async () => {
    const found = await claimsIn('The Interfax news agency quotes a regional police chief as denying any ransom was paid.')
    expect(found.map((c) => [c.source.text, c.cue.text, c.content.text, c.stance])).toEqual([['a regional police chief', 'denying', 'any ransom was paid', 'deny']])
  })
})
