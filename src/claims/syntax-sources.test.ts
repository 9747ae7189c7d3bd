import { describe, expect, it } from 'vitest'
import { claimsIn } from './testing/claims-of.js'

describe('speaker nouns tagged as adjectives', () => {
  it('claims read "The official said X will …" with "official" tagged as an adjective as the official\'s claim', async () => {
    const claims = await claimsIn('The broadcaster showed the match without a license. The official said SBS will decide on measures after the review.')
    expect(claims.find((c) => c.cue.text === 'said')?.source.text).toBe('The official')
  })

  it('claims give no source to an expectation ("The council is expected to …")', async () => {
    const claims = await claimsIn('The council is expected to take up the issue on Wednesday.')
    expect(claims).toEqual([])
  })
})
