import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsOf } from './testing/claims-of.js'

/** Each claim as [source text, the text of the mention naming its source]. */
async function sourcesOf(text: string, mentions: MentionSpec[] = []) {
  return (await claimsOf(text, mentions)).map(({ claim: c, mention }) => [c.source.text, mention])
}

describe('"it" as a source stands for a body, never for a person', () => {
  it('takes the body named before it when no earlier speaker fits', async () => {
    const text = 'Medical experts with the Elbonian Health Agency are investigating an outbreak in the north. But it says most of the victims are children.'
    expect(await sourcesOf(text, [{ text: 'Elbonian Health Agency', type: 'ORG' }])).toEqual([['it', 'Elbonian Health Agency']])
  })

  it('skips an earlier speaker who is a person', async () => {
    const text = 'Minister Jack Ruddle said the talks had failed. The Kassala Broadcasting Corporation aired a video it said shows the missing pilot.'
    const sources = await sourcesOf(text, [{ text: 'Jack Ruddle', type: 'PER' }, { text: 'Kassala Broadcasting Corporation', type: 'ORG' }])
    expect(sources).toContainEqual(['it', 'Kassala Broadcasting Corporation'])
    expect(sources).not.toContainEqual(['it', 'Jack Ruddle'])
  })

  it('still continues an earlier speaker that is a body', async () => {
    const text = 'The Elbonian Red Cross said the camp was full. It said more tents were needed before the winter.'
    const sources = await sourcesOf(text, [{ text: 'Elbonian Red Cross', type: 'ORG' }])
    expect(sources).toEqual([['The Elbonian Red Cross', 'Elbonian Red Cross'], ['It', 'Elbonian Red Cross']])
  })
})
