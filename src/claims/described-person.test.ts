import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsOf } from './testing/claims-of.js'

async function sourcesOf(text: string, mentions: MentionSpec[] = []) {
  return (await claimsOf(text, mentions)).map(({ claim: c, mention }) => [c.source.text, mention])
}

describe('a definite description names the person the article names with it', () => {
  it('a description opening a story is the person who is the next sentence\'s subject', async () => {
    const got = await sourcesOf('Prices rose in Velsk on Monday. The 71-year-old musician said in a statement he will overcome this as well. Arno Tamm finished a two-week tour in Norland earlier this week.', [
      { text: 'Velsk', type: 'LOC' }, { text: 'Arno Tamm', type: 'PER' }, { text: 'Norland', type: 'LOC' },
    ])
    expect(got.find(([s]) => s === 'The 71-year-old musician')?.[1]).toBe('Arno Tamm')
  })

  it('a second reference after the person named as a subject is that person', async () => {
    const got = await sourcesOf('Arno Tamm says he feels pressure to be thin. Speaking to a magazine, the 19-year-old actress-singer says the media can be mean.', [
      { text: 'Arno Tamm', type: 'PER' },
    ])
    expect(got.find(([s]) => s === 'the 19-year-old actress-singer')?.[1]).toBe('Arno Tamm')
  })

  it('an office is not the next sentence\'s subject who holds another office', async () => {
    const got = await sourcesOf('The Norland foreign minister said these governments are not helping. Earlier this month, President Arno Tamm said Velsk faces isolation.', [
      { text: 'Norland', type: 'LOC' }, { text: 'Arno Tamm', type: 'PER' }, { text: 'Velsk', type: 'LOC' },
    ])
    expect(got.find(([s]) => s === 'The Norland foreign minister')?.[1]).not.toBe('Arno Tamm')
  })
})
