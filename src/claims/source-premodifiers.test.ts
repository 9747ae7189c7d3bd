import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsOf } from './testing/claims-of.js'

async function sourcesOf(text: string, mentions: MentionSpec[] = []) {
  return (await claimsOf(text, mentions)).map(({ claim: c }) => c.source.text)
}

describe('sources cut short by a hyphenated premodifier', () => {
  it('claims keep a hyphenated participle and the words before it in the source phrase', async () => {
    const got = await sourcesOf('Norlandic state-run television reported on Monday that the bridge at Velsk collapsed.', [
      { text: 'Norlandic', type: 'NORP' }, { text: 'Velsk', type: 'LOC' },
    ])
    expect(got).toEqual(['Norlandic state-run television'])
  })

  it('claims keep a name glued to a participle by a hyphen ("A Velsk-funded radio station")', async () => {
    const got = await sourcesOf('A Velsk-funded radio station says two ministers resigned.', [{ text: 'Velsk', type: 'LOC' }])
    expect(got).toEqual(['A Velsk-funded radio station'])
  })

  it('claims do not take a sentence adverbial or a date before the premodifier', async () => {
    const got = await sourcesOf('On Monday, state-run television reported that the bridge at Velsk collapsed.', [{ text: 'Velsk', type: 'LOC' }])
    expect(got).toEqual(['state-run television'])
  })
})
