import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsOf } from './testing/claims-of.js'

/** The claims, and each as [source, the mention naming it or null, cue, content]. */
async function claimsWithSpeakers(text: string, mentions: MentionSpec[]) {
  const got = await claimsOf(text, mentions)
  return { claims: got.map((g) => g.claim), speakers: got.map(({ claim: c, mention }) => [c.source.text, mention ?? null, c.cue.text, c.content.text]) }
}

describe('reciprocal claims', () => {
  it('claims give "X and Y blamed each other" one claim per party, same cue and content, distinct ids', async () => {
    const { claims, speakers } = await claimsWithSpeakers('The Velsk Front and the Lindau League blamed each other for the violence.', [
      { text: 'Velsk Front', type: 'ORG' }, { text: 'Lindau League', type: 'ORG' },
    ])
    expect(speakers).toEqual([
      ['The Velsk Front and the Lindau League', 'Velsk Front', 'blamed', 'each other for the violence'],
      ['the Lindau League', 'Lindau League', 'blamed', 'each other for the violence'],
    ])
    expect(new Set(claims.map((c) => c.id)).size).toBe(2)
  })

  it('claims keep one claim when the names are joined inside a modifier; a coordination that is not reciprocal is one per party', async () => {
    const a = await claimsWithSpeakers('The leaders of Varnia and Moldovia accused each other of backing the rebels.', [
      { text: 'Varnia', type: 'LOC' }, { text: 'Moldovia', type: 'LOC' },
    ])
    expect(a.claims).toHaveLength(1)
    const b = await claimsWithSpeakers('The Velsk Front and the Lindau League blamed the army for the violence.', [
      { text: 'Velsk Front', type: 'ORG' }, { text: 'Lindau League', type: 'ORG' },
    ])
    // not reciprocal: each party blames the army (coordinatedParties), no claim between the two
    expect(b.claims.map((c) => [c.source.text, c.content.text])).toEqual([
      ['The Velsk Front', 'the army for the violence'], ['the Lindau League', 'the army for the violence'],
    ])
  })
})

describe('coordinated parties', () => {
  it('claims give "X and Y say …" one claim per named party', async () => {
    const { claims, speakers } = await claimsWithSpeakers('The Velsk Front and the Lindau League say the road was closed on Monday.', [
      { text: 'Velsk Front', type: 'ORG' }, { text: 'Lindau League', type: 'ORG' },
    ])
    expect(speakers).toEqual([
      ['The Velsk Front', 'Velsk Front', 'say', 'the road was closed on Monday'],
      ['the Lindau League', 'Lindau League', 'say', 'the road was closed on Monday'],
    ])
    expect(new Set(claims.map((c) => c.id)).size).toBe(2)
  })
  it('claims keep one source when a later party is no name ("Israel and Western nations")', async () => {
    const { speakers } = await claimsWithSpeakers('Israel and Western nations say the vote was unfair.', [{ text: 'Israel', type: 'LOC' }, { text: 'Western', type: 'NORP' }])
    expect(speakers.map((s) => s[0])).toEqual(['Israel and Western nations'])
  })
})
