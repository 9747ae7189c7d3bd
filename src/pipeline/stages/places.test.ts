import { describe, expect, it } from 'vitest'
import { docBuilder } from '../../text/testing/doc-builder.js'
import { runStageConformance } from '../testing/conformance.js'
import { placesStage } from './places.js'

const docs = () => [
  docBuilder('Clashes near Hebron and in the Gaza Strip; officials in the West Bank and Israel said.', {
    mentions: [{ text: 'Hebron', type: 'LOC' }, { text: 'Gaza Strip', type: 'LOC' }, { text: 'West Bank', type: 'LOC' }, { text: 'Israel', type: 'LOC' }],
  }),
]

runStageConformance(placesStage, docs)

describe('places.gazetteer.v4', () => {
  it('places stage geocodes place mentions with the document country context', async () => {
    const out = await placesStage.run(docs()[0]!, { resources: {} })
    const byName = new Map(out.places!.map((p) => [p.name, p]))
    expect(byName.get('Hebron')?.country).toBe('PS')
    expect(byName.get('Gaza Strip')?.kind).toBe('region')
    expect(byName.get('Israel')?.lat).toBeCloseTo(31.77, 1)
    expect(out.places!.every((p) => out.mentions!.some((m) => m.id === p.mentionId))).toBe(true)
  })

  it('places stage says which country a capital is the capital of, whatever town of the name it geocodes', async () => {
    const doc = docBuilder('Tehran and Washington traded threats; Hebron stayed calm.', {
      mentions: [{ text: 'Tehran', type: 'LOC' }, { text: 'Washington', type: 'LOC' }, { text: 'Hebron', type: 'LOC' }],
    })
    const out = await placesStage.run(doc, { resources: {} })
    expect(out.places!.map((p) => [p.name, p.capitalOf])).toEqual([['Tehran', 'IR'], ['Washington, D.C.', 'US'], ['Hebron', undefined]])
  })

  it('places stage keeps a world capital where it is when the story names only another country', async () => {
    const doc = docBuilder('The United States said talks in Moscow and Paris would resume; Washington agreed.', {
      mentions: [{ text: 'United States', type: 'LOC' }, { text: 'Moscow', type: 'LOC' }, { text: 'Paris', type: 'LOC' }, { text: 'Washington', type: 'LOC' }],
    })
    const out = await placesStage.run(doc, { resources: {} })
    expect(out.places!.map((p) => [p.name, p.country])).toEqual([['United States of America', 'US'], ['Moscow', 'RU'], ['Paris', 'FR'], ['Washington, D.C.', 'US']])
  })

  it('places stage skips names it does not know', async () => {
    const out = await placesStage.run(docBuilder('They met in Qqzzyx.', { mentions: [{ text: 'Qqzzyx', type: 'LOC' }] }), { resources: {} })
    expect(out.places).toEqual([])
  })
})
