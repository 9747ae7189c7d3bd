import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsOf } from './testing/claims-of.js'

async function sourcesOf(text: string, mentions: MentionSpec[] = []) {
  return (await claimsOf(text, mentions)).map(({ claim: c, mention }) => [c.source.text, mention, c.source.anonymous])
}

describe('the body a generic source speaks for', () => {
  it('claims give "The government" and "Police" the state the paragraph names, anonymous', async () => {
    const got = await sourcesOf('Afghan troops attacked a Taliban base near the border on Friday. The government said ten insurgents were killed.\n' +
      'Gunmen shot a Kenyan judge in Nairobi. Police say the attackers escaped.', [
      { text: 'Afghan', type: 'NORP' }, { text: 'Taliban', type: 'ORG' }, { text: 'Kenyan', type: 'NORP' }, { text: 'Nairobi', type: 'LOC' },
    ])
    expect(got).toEqual([['The government', 'Afghan', true], ['Police', 'Kenyan', true]])
  })

  it('claims give "the commission" the organisation whose name holds the word, and leave "Electoral officials" alone', async () => {
    const got = await sourcesOf('Venezuelan voters met the European Commission and the Red Cross in Caracas. The commission says the vote was fair. ' +
      'Electoral officials said the machines will be removed.', [
      { text: 'Venezuelan', type: 'NORP' }, { text: 'European Commission', type: 'ORG' }, { text: 'Red Cross', type: 'ORG' }, { text: 'Caracas', type: 'LOC' },
    ])
    expect(got).toEqual([['The commission', 'European Commission', true], ['Electoral officials', undefined, true]])
  })

  it('claims make a definite title the person the article named with it ("Brazil\'s foreign minister")', async () => {
    const got = await sourcesOf('Foreign Minister Celso Amorim met Iranian officials in Tehran on Monday. Brazil\'s foreign minister says the talks went well. ' +
      'A senior minister said the deal is close.', [
      { text: 'Celso Amorim', type: 'PER' }, { text: 'Iranian', type: 'NORP' }, { text: 'Tehran', type: 'LOC' }, { text: 'Brazil', type: 'LOC' },
    ])
    expect(got).toEqual([["Brazil's foreign minister", 'Celso Amorim', false], ['A senior minister', undefined, true]])
  })

  it('claims make an office-holder the person named with that office in the next sentence', async () => {
    const got = await sourcesOf('A senior diplomat said British embassy staff had organised the riots. Senior diplomat Ahmad Jannati spoke to reporters in Tehran.', [
      { text: 'Ahmad Jannati', type: 'PER' }, { text: 'Tehran', type: 'LOC' },
    ])
    expect(got).toEqual([['A senior diplomat', 'Ahmad Jannati', false]])
  })

  it('claims make a definite title the person who opens the next sentence as the subject of a reporting verb', async () => {
    const got = await sourcesOf("Varnia's foreign minister says the talks have failed. Olek Brant told reporters in Velsk the border would stay closed.", [
      { text: 'Varnia', type: 'LOC' }, { text: 'Olek Brant', type: 'PER' }, { text: 'Velsk', type: 'LOC' },
    ])
    expect(got[0]).toEqual(["Varnia's foreign minister", 'Olek Brant', false])
    // (the next sentence's subject of any verb is the minister too, unless that person holds another office: described-person.ts)
    const other = await sourcesOf("Varnia's foreign minister says the talks have failed. President Olek Brant opened a new bridge in Velsk on Monday.", [
      { text: 'Varnia', type: 'LOC' }, { text: 'Olek Brant', type: 'PER' }, { text: 'Velsk', type: 'LOC' },
    ])
    expect(other).toEqual([["Varnia's foreign minister", 'Varnia', true]])
  })
})
