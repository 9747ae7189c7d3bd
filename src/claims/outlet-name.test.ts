import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsOf } from './testing/claims-of.js'

async function sourcesOf(text: string, mentions: MentionSpec[] = []) {
  return (await claimsOf(text, mentions)).map(({ claim: c, mention }) => [c.source.text, mention, c.source.anonymous])
}

describe('outlets named as sources', () => {
  it('claims take the name modifying an outlet noun as the outlet, a named source', async () => {
    const got = await sourcesOf('The Norland Press news agency says the bridge at Velsk collapsed on Monday.', [
      { text: 'Norland Press', type: 'ORG' }, { text: 'Velsk', type: 'LOC' },
    ])
    expect(got).toEqual([['The Norland Press news agency', 'Norland Press', false]])
  })

  it('claims take an organisation in apposition to an outlet noun as the outlet, not a country modifying it', async () => {
    const got = await sourcesOf('The Norlandic news agency, NPA, reports that two ministers resigned.', [
      { text: 'Norlandic', type: 'NORP' }, { text: 'NPA', type: 'ORG' },
    ])
    expect(got).toEqual([['The Norlandic news agency, NPA', 'NPA', false]])
  })

  it('claims do not take the body that owns an agency of another kind for an outlet', async () => {
    const got = await sourcesOf('The Norland Union refugee agency says many residents have not returned.', [{ text: 'Norland Union', type: 'ORG' }])
    expect(got).toEqual([['The Norland Union refugee agency', undefined, true]])
  })
})
