import { describe, expect, it } from 'vitest'
import { claimTriples as claims } from './testing/claims-of.js'

describe('a speaker inside a relative clause', () => {
  it('claims read "the charges, which supporters say are politically motivated" as the supporters\' claim', async () => {
    expect(await claims('There was no comment on the move, which analysts say is aimed at linking the settlement to the city.'))
      .toContainEqual(['analysts', 'say', 'is aimed at linking the settlement to the city'])
    expect(await claims('The group wants the release of dozens of reporters it says are in jail after the protests.'))
      .toContainEqual(['it', 'says', 'are in jail after the protests'])
  })
})
