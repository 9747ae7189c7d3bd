import { describe, expect, it } from 'vitest'
import type { SentenceSpan } from './consistency.js'
import { GAZ, Lexicon } from './lexicon.js'
import { applyRe3dConventions } from './scheme-rules.js'

const lexicon = new Lexicon({
  gazetteer: [['Iraq', 1 << GAZ.COUNTRY], ['Syria', 1 << GAZ.COUNTRY], ['Turkey', 1 << GAZ.COUNTRY], ['Minister', 1 << GAZ.TITLE]],
  caseProfile: [], orgKinds: [],
})
const span = (sentence: number, start: number, end: number, type: SentenceSpan['type']): SentenceSpan => ({ sentence, start, end, type, score: 0.9 })
const show = (sentences: string[][], spans: SentenceSpan[]) => spans.map((s) => `${s.type} ${sentences[s.sentence]!.slice(s.start, s.end).join(' ')}`)

describe('re3d scheme conventions', () => {
  it('re3d conventions join a place and the state or country that qualifies it', () => {
    const s = [['A', 'sailor', 'of', 'Woodbridge', ',', 'Virginia', ',', 'died', 'near', 'in', 'Anbar', ',', 'Iraq', '.']]
    const out = applyRe3dConventions(s, [span(0, 3, 4, 'LOC'), span(0, 5, 6, 'LOC'), span(0, 10, 11, 'LOC'), span(0, 12, 13, 'LOC')], lexicon)
    expect(show(s, out)).toEqual(['LOC Woodbridge , Virginia', 'LOC Anbar , Iraq'])
  })

  it('re3d conventions join a country the model typed as an organisation or missed to the place it qualifies', () => {
    const s = [['Bombings', 'in', 'Istanbul', ',', 'Turkey', ',', 'killed', 'many', 'Palmyra', ',', 'Syria', ',', 'between', 'raids', '.']]
    const out = applyRe3dConventions(s, [span(0, 2, 3, 'LOC'), span(0, 4, 5, 'ORG'), span(0, 8, 9, 'LOC')], lexicon)
    expect(show(s, out)).toEqual(['LOC Istanbul , Turkey', 'LOC Palmyra , Syria'])
  })

  it('re3d conventions keep the place after a preposition out of a person mention', () => {
    const s = [['In', 'Turkey', 'Minister', 'Ellwood', 'met', 'them', '.'], ['A', 'bomb', 'in', 'Iraq', 'Minister', 'Tobias', 'Ellwood', 'said', '.']]
    const out = applyRe3dConventions(s, [span(0, 0, 4, 'PER'), span(1, 3, 7, 'PER')], lexicon)
    expect(show(s, out)).toEqual(['LOC Turkey', 'PER Minister Ellwood', 'LOC Iraq', 'PER Minister Tobias Ellwood'])
  })

  it('re3d conventions keep lists of places apart', () => {
    const s = [['Attacks', 'in', 'Qamenas', ',', 'Sarmin', 'and', 'Talamenes', 'and', 'in', 'Iraq', ',', 'Syria', '.']]
    const spans = [span(0, 2, 3, 'LOC'), span(0, 4, 5, 'LOC'), span(0, 6, 7, 'LOC'), span(0, 9, 10, 'LOC'), span(0, 11, 12, 'LOC')]
    expect(applyRe3dConventions(s, spans, lexicon)).toHaveLength(5)
  })

  it('re3d conventions split a person mention at a verb or a coordination', () => {
    const s = [
      ['The', 'Foreign', 'Secretary', 'met', 'Russian', 'Foreign', 'Minister', 'Sergei', 'Lavrov', '.'],
      ['Prime', 'Minister', 'and', 'President', 'Hollande', 'spoke', '.'],
      ['Minister', 'for', 'the', 'Middle', 'East', 'Tobias', 'Ellwood', 'said', '.'],
      ['Iraqi', 'Prime', 'Minister', 'Haider', 'al-Abadi', 'spoke', '.'],
    ]
    const out = applyRe3dConventions(s, [span(0, 0, 9, 'PER'), span(1, 0, 5, 'PER'), span(2, 0, 7, 'PER'), span(3, 0, 5, 'PER')], lexicon)
    expect(show(s, out)).toEqual([
      'PER The Foreign Secretary', 'PER Russian Foreign Minister Sergei Lavrov',
      'PER Prime Minister', 'PER President Hollande',
      'PER Minister for the Middle East Tobias Ellwood', 'PER Iraqi Prime Minister Haider al-Abadi',
    ])
  })

  it('re3d conventions drop military operations, which the schema has no type for', () => {
    const s = [['He', 'served', 'in', 'Operation', 'Inherent', 'Resolve', 'with', 'CJTF-OIR', '.']]
    const out = applyRe3dConventions(s, [span(0, 3, 6, 'ORG'), span(0, 7, 8, 'ORG')], lexicon)
    expect(show(s, out)).toEqual(['ORG CJTF-OIR'])
  })
})
