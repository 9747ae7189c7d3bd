import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsOf } from './testing/claims-of.js'

async function sourcesOf(text: string, mentions: MentionSpec[] = []) {
  return (await claimsOf(text, mentions)).map(({ claim: c, mention }) => [c.source.text, mention])
}

describe('the author a document speaks for', () => {
  it('claims give a statement the body that modifies it, and "The statement" after it the same body', async () => {
    const got = await sourcesOf('Farmers blocked the main road into Velsk on Monday. A Transport Ministry statement says the road will reopen soon. ' +
      'The statement says no one was hurt.', [{ text: 'Velsk', type: 'LOC' }, { text: 'Transport Ministry', type: 'ORG' }])
    expect(got).toEqual([['A Transport Ministry statement', 'Transport Ministry'], ['The statement', 'Transport Ministry']])
  })

  it('claims give a report the body after "from" or "by", not a place it is about or whose it is', async () => {
    const got = await sourcesOf('A new report from the Harbour Safety Board says the pier was unsafe. A report on Velsk says the mayor resigned. ' +
      'A Norlandic report says prices rose.', [
      { text: 'Harbour Safety Board', type: 'ORG' }, { text: 'Velsk', type: 'LOC' }, { text: 'Norlandic', type: 'NORP' },
    ])
    expect(got).toEqual([['A new report from the Harbour Safety Board', 'Harbour Safety Board'], ['A report on Velsk', undefined], ['A Norlandic report', undefined]])
  })
})
