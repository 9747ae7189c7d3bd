import { describe, expect, it } from 'vitest'
import { claimTriples as claims } from './testing/claims-of.js'

describe('"X reports CLAUSE" with "reports" read as a noun', () => {
  it('claims find the outlet\'s report and the clause it reports', async () => {
    expect(await claims('The New York Times newspaper reports the Pentagon used military analysts to generate coverage.'))
      .toEqual([['The New York Times newspaper', 'reports', 'the Pentagon used military analysts to generate coverage']])
    expect(await claims('Police report they found the bodies of two men.')).toEqual([['Police', 'report', 'they found the bodies of two men']])
  })
  it('claims keep "News reports say" the reports\' claim, with "say" as the cue', async () => {
    expect(await claims('News reports say two soldiers were killed.')).toEqual([['News reports', 'say', 'two soldiers were killed']])
  })
})
