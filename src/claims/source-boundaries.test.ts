import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsOf } from './testing/claims-of.js'

async function sourcesOf(text: string, mentions: MentionSpec[] = []) {
  return (await claimsOf(text, mentions)).map(({ claim: c, mention }) => [c.source.text, mention])
}

describe('source boundaries and the mention a source names', () => {
  it('a source drops a discourse opener or a prepositional phrase before its comma and names the group after it', async () => {
    const got = await sourcesOf('Meantime, the militant group Northern Front says one of its fighters was killed. ' +
      'In separate news, the Harbour Safety Board said the pier was unsafe.', [
      { text: 'Northern Front', type: 'ORG' }, { text: 'Harbour Safety Board', type: 'ORG' },
    ])
    expect(got).toEqual([['the militant group Northern Front', 'Northern Front'], ['the Harbour Safety Board', 'Harbour Safety Board']])
  })

  it('a person named after an appositive comma and a rank is the speaker', async () => {
    const got = await sourcesOf('The deputy commander of the Northern Command, Lt.-Gen. Arno Tamm, told Friday, the number of additional troops would depend on the security situation.', [
      { text: 'Northern Command', type: 'ORG' }, { text: 'Arno Tamm', type: 'PER' },
    ])
    expect(got).toEqual([['The deputy commander of the Northern Command, Lt.-Gen. Arno Tamm', 'Arno Tamm']])
  })

  it('a statement issued by a body speaks for it, the agent of the participle that modifies it', async () => {
    const got = await sourcesOf('A statement issued Wednesday by the Harbour Safety Board says the pier was unsafe.', [{ text: 'Harbour Safety Board', type: 'ORG' }])
    expect(got[0]?.[1]).toBe('Harbour Safety Board')
  })
})

describe('an office named by a bare definite description', () => {
  it('"the president" after a titled name is that person, not the person named after him', async () => {
    const got = await sourcesOf('President Arno Tamm introduced Mr. Kask at a ceremony in Velsk on Monday. The president said Mr. Kask will lead the ministry.', [
      { text: 'Arno Tamm', type: 'PER' }, { text: 'Kask', type: 'PER' }, { text: 'Velsk', type: 'LOC' },
    ])
    expect(got.find(([s]) => s === 'The president')?.[1]).toBe('Arno Tamm')
  })

  it('"the president" with no titled name before it is the person named in the sentences just before', async () => {
    const got = await sourcesOf('Mr. Tamm also pledged to support the government of Norland. In addition, the president said Velsk must abandon its claims.', [
      { text: 'Tamm', type: 'PER' }, { text: 'Norland', type: 'LOC' }, { text: 'Velsk', type: 'LOC' },
    ])
    expect(got.find(([s]) => s === 'the president')?.[1]).toBe('Tamm')
  })
})
