import { describe, expect, it } from 'vitest'
import type { SentenceSpan } from './consistency.js'
import { GAZ, Lexicon } from './lexicon.js'
import { applyRe3dConventions } from './scheme-rules.js'

const lexicon = new Lexicon({
  gazetteer: [['Iraq', 1 << GAZ.COUNTRY], ['Syria', 1 << GAZ.COUNTRY], ['Turkey', 1 << GAZ.COUNTRY], ['UK', 1 << GAZ.COUNTRY],
    ['France', 1 << GAZ.COUNTRY], ['Uzbekistan', 1 << GAZ.COUNTRY], ['Minister', 1 << GAZ.TITLE], ['Ambassador', 1 << GAZ.TITLE],
    ['Secretary', 1 << GAZ.TITLE], ['University', 1 << GAZ.ORG_WORD]],
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

  it('re3d conventions type a state by its role: an actor or a modifier is an organisation, a place a location', () => {
    const s = [['Iraq', 'will', 'borrow', 'and', 'UK', '-', 'France', 'co-operation', 'grew', 'in', 'Syria', 'and', 'Turkey', 'further', '.'],
      ['They', 'discussed', 'the', 'Syria', 'crisis', 'in', 'France', '.']]
    const out = applyRe3dConventions(s, [span(0, 0, 1, 'LOC'), span(0, 4, 5, 'LOC'), span(0, 6, 7, 'LOC'), span(0, 10, 11, 'LOC'), span(0, 12, 13, 'LOC'),
      span(1, 3, 4, 'LOC'), span(1, 6, 7, 'ORG')], lexicon)
    expect(show(s, out)).toEqual(['ORG Iraq', 'ORG UK', 'ORG France', 'LOC Syria', 'LOC Turkey', 'LOC Syria', 'LOC France'])
  })

  it('re3d conventions leave names inside a descriptive noun phrase unreported', () => {
    const s = [['He', 'met', 'senior', 'Iraqi', 'officials', 'and', 'the', 'people', 'of', 'Mosul', 'near', 'ISIL', 'vehicles', 'and', 'ongoing', 'U.S.', 'efforts', '.']]
    const pos = [['PRON', 'VERB', 'ADJ', 'PROPN', 'NOUN', 'CCONJ', 'DET', 'NOUN', 'ADP', 'PROPN', 'ADP', 'PROPN', 'NOUN', 'CCONJ', 'ADJ', 'PROPN', 'NOUN', 'PUNCT']]
    const spans = [span(0, 3, 5, 'ORG'), span(0, 9, 10, 'LOC'), span(0, 11, 12, 'ORG'), span(0, 15, 16, 'ORG')]
    expect(show(s, applyRe3dConventions(s, spans, lexicon, pos))).toEqual(['ORG ISIL', 'ORG U.S.'])
    // without POS tags the determiner rule cannot tell an adjective from a verb and keeps the name
    expect(show(s, applyRe3dConventions(s, spans, lexicon))).toEqual(['ORG Iraqi officials', 'ORG ISIL', 'ORG U.S.'])
  })

  it('re3d conventions split an apposition and a remit off a person, and a country off a title', () => {
    const s = [
      ['The', 'Foreign', 'Secretary', ',', 'Boris', 'Johnson', ',', 'said', '.'],
      ['Ambassador', 'Saperstein', 'for', 'Religious', 'Minorities', 'spoke', '.'],
      ['His', 'visit', 'to', 'Uzbekistan', 'as', 'Minister', 'for', 'Central', 'Asia', 'ended', '.'],
    ]
    const out = applyRe3dConventions(s, [span(0, 0, 6, 'PER'), span(1, 0, 5, 'PER'), span(2, 3, 9, 'PER')], lexicon)
    expect(show(s, out)).toEqual(['PER The Foreign Secretary', 'PER Boris Johnson', 'PER Ambassador Saperstein', 'LOC Uzbekistan', 'PER Minister for Central Asia'])
  })

  it('re3d conventions end a name before a verb or a preposition', () => {
    const s = [['The', 'Coalition', 'complies', 'and', 'works', 'with', 'Turkey', 'within', 'NATO', '.']]
    const pos = [['DET', 'PROPN', 'VERB', 'CCONJ', 'VERB', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT']]
    const out = applyRe3dConventions(s, [span(0, 0, 3, 'ORG'), span(0, 6, 9, 'ORG')], lexicon, pos)
    expect(show(s, out)).toEqual(['ORG The Coalition', 'ORG Turkey', 'ORG NATO'])
    // an adverb before the verb is no part of the name, and the name after the verb is one of its own; "ISIL-held" stays whole
    const a = [['The', 'French', 'previously', 'led', 'CTF', '50', '.'], ['two', 'ISIL-', 'held', 'buildings']]
    const apos = [['DET', 'PROPN', 'ADV', 'VERB', 'PROPN', 'NUM', 'PUNCT'], ['NUM', 'PROPN', 'VERB', 'NOUN']]
    expect(show(a, applyRe3dConventions(a, [span(0, 0, 6, 'ORG'), span(1, 1, 4, 'LOC')], lexicon, apos)))
      .toEqual(['ORG The French', 'ORG CTF 50', 'LOC ISIL- held buildings'])
  })

  it('re3d conventions join a place and the US state that qualifies it', () => {
    const s = [['He', 'was', 'of', 'Woodbridge', ',', 'Virginia', ',', 'serving', 'in', 'a', 'unit', 'at', 'Fort', 'Campbell', ',', 'Kentucky', '.']]
    const out = applyRe3dConventions(s, [span(0, 3, 4, 'LOC'), span(0, 12, 14, 'LOC')], lexicon)
    expect(show(s, out)).toEqual(['LOC Woodbridge , Virginia', 'LOC Fort Campbell , Kentucky'])
  })
})
