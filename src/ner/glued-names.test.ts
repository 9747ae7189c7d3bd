import { describe, expect, it } from 'vitest'
import { GAZ, Lexicon } from './lexicon.js'
import { splitGluedNames } from './glued-names.js'
import { span } from './testing/spans.js'

const lexicon = new Lexicon({
  gazetteer: [['VCU', 1 << GAZ.ORG], ['Zembla', 1 << GAZ.COUNTRY], ['Tarsk League', 1 << GAZ.ORG], ['Air Zembla', 1 << GAZ.ORG]],
  caseProfile: [],
  orgKinds: [],
})
const read = (sentence: string, spans: ReturnType<typeof span>[]) => {
  const words = sentence.split(' ')
  return splitGluedNames(words, spans, lexicon).map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)
}

describe('glued names', () => {
  it('glued-names cuts a known body and a known country after it in two', () => {
    expect(read('new VCU Zembla sanctions', [span(0, 1, 3, 'ORG')])).toEqual(['ORG VCU', 'LOC Zembla'])
    expect(read('the Tarsk League Zembla mission', [span(0, 1, 4, 'ORG')])).toEqual(['ORG Tarsk League', 'LOC Zembla'])
  })

  it('glued-names leaves a name the gazetteer knows whole, a country first, an unknown body and a person', () => {
    expect(read('flew Air Zembla today', [span(0, 1, 3, 'ORG')])).toEqual(['ORG Air Zembla'])
    expect(read('the Zembla VCU office', [span(0, 1, 3, 'ORG')])).toEqual(['ORG Zembla VCU'])
    expect(read('the Kestrel Zembla fund', [span(0, 1, 3, 'ORG')])).toEqual(['ORG Kestrel Zembla'])
    expect(read('met VCU Zembla', [span(0, 1, 3, 'PER')])).toEqual(['PER VCU Zembla'])
  })
})
