import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { placesStage } from '../pipeline/stages/places.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { extractClaims } from './extract.js'

/** Claims' sources as [source text, the text of the mention they speak through], the places stage run as in the pipeline. */
async function speakers(text: string, mentions: MentionSpec[]) {
  const parsed: AnnotatedDoc = await syntaxStage.run(docBuilder(text, { mentions }), { resources: {} })
  const doc = await placesStage.run(parsed, { resources: {} })
  const byId = new Map((doc.mentions ?? []).map((m) => [m.id, m.text]))
  return extractClaims({ ...doc, events: [] }).map((c) => [c.source.text, c.source.mentionId ? byId.get(c.source.mentionId) : undefined])
}

describe('a capital speaks for its state', () => {
  it('claims make "Tehran says" Iran when the article names Iran, also when the recogniser typed the capital an organisation', async () => {
    const got = await speakers('Iran resumed enrichment at a plant near Isfahan. Tehran says its nuclear program is peaceful. ' +
      'Officials in Tehran said the inspectors may return. Officials in Tehran were not reached in Isfahan on Monday.', [
      { text: 'Iran', type: 'LOC' }, { text: 'Isfahan', type: 'LOC' }, { text: 'Tehran', type: 'ORG', nth: 0 }, { text: 'Tehran', type: 'LOC', nth: 1 }, { text: 'Tehran', type: 'LOC', nth: 2 },
    ])
    expect(got).toEqual([['Tehran', 'Iran'], ['Officials in Tehran', 'Iran']])
  })

  it('claims keep the capital when the article never names its country, and a city that is no capital', async () => {
    const got = await speakers('Moscow warned that the missile shield could start an arms race. Chicago said the parade is cancelled.', [
      { text: 'Moscow', type: 'LOC' }, { text: 'Chicago', type: 'LOC' },
    ])
    expect(got).toEqual([['Moscow', 'Moscow'], ['Chicago', 'Chicago']])
  })
})
