import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { commonNounMentions } from './common-nouns.js'

async function commonNouns(text: string, mentions: MentionSpec[]): Promise<string[]> {
  const doc: AnnotatedDoc = await syntaxStage.run(docBuilder(text, { mentions }), { resources: {} })
  const ids = commonNounMentions(doc.article, doc.tokens!, doc.syntax!, doc.mentions ?? [])
  return doc.mentions!.filter((m) => ids.has(m.id)).map((m) => m.text)
}

describe('commonNounMentions', () => {
  it('common nouns: a capitalised word after "a" is no name, nor is the same word later in the story', async () => {
    const found = await commonNouns('A Heron made friends with a Badger. The Badger soon grew tired of the Heron and left.', [
      { text: 'Heron', type: 'PER' }, { text: 'Badger', type: 'ORG' },
    ])
    expect(found.sort()).toEqual(['Badger', 'Badger', 'Heron', 'Heron'])
  })

  it('common nouns: a name modifying the noun "a" belongs to stays a name', async () => {
    const found = await commonNouns('A Velcor spokesman said a Tarsan aircraft landed in Dravia.', [
      { text: 'Velcor', type: 'ORG' }, { text: 'Tarsan', type: 'ORG' }, { text: 'Dravia', type: 'LOC' },
    ])
    expect(found).toEqual([])
    // a determiner the parse may hang across a noun onto the name after it
    expect(await commonNouns('On Sunday, in a diplomatic tit-for-tat Dravia and Oskelia recalled their envoys.', [
      { text: 'Dravia', type: 'LOC' }, { text: 'Oskelia', type: 'LOC' },
    ])).toEqual([])
  })
})
