import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsOf } from './testing/claims-of.js'

async function sourcesOf(text: string, mentions: MentionSpec[] = []) {
  return (await claimsOf(text, mentions)).map(({ claim: c }) => [c.source.text, c.cue.text])
}

describe('a source span holds no time adverbial and no dateline', () => {
  it('drops a day before or after the speaker', async () => {
    expect(await sourcesOf('The bishop Thursday said the talks had collapsed in the capital.')).toEqual([['The bishop', 'said']])
    expect(await sourcesOf('Wednesday, Mr. Tarkov said his country would not stop enriching uranium.', [{ text: 'Mr. Tarkov', type: 'PER' }]))
      .toEqual([['Mr. Tarkov', 'said']])
  })

  it('drops a dated phrase with its preposition', async () => {
    expect(await sourcesOf('Elbonian officials on Tuesday said the border crossing would reopen next month.')).toEqual([['Elbonian officials', 'said']])
  })

  it('drops a time run at the right edge after a place', async () => {
    expect(await sourcesOf('Elbonian officials in Kassala on Tuesday said the border crossing would reopen next month.')).toEqual([['Elbonian officials in Kassala', 'said']])
  })

  it('keeps a name that is also a month', async () => {
    expect(await sourcesOf('Senator Jack March told reporters the talks had collapsed in the capital.', [{ text: 'Jack March', type: 'PER' }]))
      .toEqual([['Senator Jack March', 'told']])
  })

  it('drops a dateline before the speaker', async () => {
    expect(await sourcesOf('KASSALA — Elbonian police officials said three men were arrested near the station.')).toEqual([['Elbonian police officials', 'said']])
  })
})
