import { describe, expect, it } from 'vitest'
import { extractEvents } from '../extract.js'
import { parsedDoc } from '../testing/parsed.js'
import { eventFeatures, indexDoc } from './features.js'
import { rootClass } from './embedding.js'

type Mentions = NonNullable<NonNullable<Parameters<typeof parsedDoc>[1]>['mentions']>

function candidates(text: string, mentions: Mentions) {
  const d = parsedDoc(text, { mentions })
  const looseIds = new Set<string>()
  const all = extractEvents(d, { loose: true, looseIds })
  return { ix: indexDoc(d, all, looseIds), all }
}

describe('acts inside acts (scorer features)', () => {
  it('a condemnation knows it is about an act of force, and the attack knows it is what was condemned', () => {
    const { ix, all } = candidates('The United States condemned the attack on the embassy by Hamas.', [{ text: 'United States', type: 'LOC' }, { text: 'Hamas', type: 'ORG' }])
    const condemn = all.find((e) => e.cue.text === 'condemned' && e.cameoRoot === '11')!
    const attack = all.find((e) => e.cue.text === 'attack' && rootClass(e.cameoRoot) === 'fx')!
    expect(eventFeatures(ix, condemn)).toEqual(expect.arrayContaining(['emb=obj|fx', 'emb|root=11|fx']))
    expect(eventFeatures(ix, attack)).toEqual(expect.arrayContaining(['embin=obj|vx', `embin|root=${attack.cameoRoot}|vx`]))
  })

  it('"accused X of killing" puts the killing under the accusation through its of-clause', () => {
    const { ix, all } = candidates('Iran accused Israel of killing the scientist.', [{ text: 'Iran', type: 'LOC' }, { text: 'Israel', type: 'LOC' }])
    const kill = all.find((e) => e.cue.text === 'killing')!
    expect(eventFeatures(ix, kill)).toEqual(expect.arrayContaining(['embin=advcl:of|vx']))
  })

  it('an act with nothing under it and nothing over it has no such feature', () => {
    const { ix, all } = candidates('Hamas attacked the embassy.', [{ text: 'Hamas', type: 'ORG' }])
    expect(eventFeatures(ix, all[0]!).filter((x) => x.startsWith('emb'))).toEqual([])
  })
})
