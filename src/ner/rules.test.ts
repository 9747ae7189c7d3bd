import { describe, expect, it } from 'vitest'
import type { SentenceSpan } from './consistency.js'
import { CASE_BUCKET, GAZ, Lexicon } from './lexicon.js'
import { applyGazetteerRules } from './rules.js'

const lexicon = new Lexicon({
  gazetteer: [['Islamic State', 1 << GAZ.ARMED_GROUP], ['Hamas', 1 << GAZ.ARMED_GROUP], ['IS', 1 << GAZ.ARMED_GROUP],
    ['Breitbart Jerusalem', 1 << GAZ.ORG], ['Jerusalem', 1 << GAZ.CITY], ['Rafah', 1 << GAZ.CITY], ['Bosnia and Herzegovina', 1 << GAZ.COUNTRY],
    ['Bosnia', 1 << GAZ.COUNTRY], ['Herzegovina', 1 << GAZ.REGION], ['Tel Aviv', 1 << GAZ.CITY],
    ['Commodore', 1 << GAZ.TITLE], ['General', 1 << GAZ.TITLE], ['Andrew', 1 << GAZ.FIRST_NAME], ['Salafi', 1 << GAZ.DEMONYM], ['Syrian', 1 << GAZ.DEMONYM],
    ['Syrians', 1 << GAZ.DEMONYM]],
  caseProfile: [['hamas', CASE_BUCKET.CAP]],
  orgKinds: [],
})
const span = (start: number, end: number, type: SentenceSpan['type']): SentenceSpan => ({ sentence: 0, start, end, type, score: 0.9 })
const show = (words: string[], spans: SentenceSpan[]) => spans.map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)

describe('gazetteer rules', () => {
  it('rules split headline coordination of two known names but not a known compound name', () => {
    const w = ['Tensions', 'Between', 'Islamic', 'State', 'and', 'Hamas']
    expect(show(w, applyGazetteerRules(w, 0, [span(2, 6, 'ORG')], lexicon, false))).toEqual(['ORG Islamic State', 'ORG Hamas'])
    const b = ['Bosnia', 'and', 'Herzegovina', 'voted']
    expect(show(b, applyGazetteerRules(b, 0, [span(0, 3, 'LOC')], lexicon, false))).toEqual(['LOC Bosnia and Herzegovina'])
  })

  it('rules add curated organisations the model missed, including acronyms outside ALL-CAPS lines', () => {
    const w = ['A', 'senior', 'Islamic', 'State', 'jihadist', 'left', 'IS', '.']
    expect(show(w, applyGazetteerRules(w, 0, [span(2, 3, 'NORP')], lexicon, false))).toEqual(['ORG Islamic State', 'ORG IS'])
    const caps = ['WHY', 'IS', 'IT', 'SO']
    expect(applyGazetteerRules(caps, 0, [], lexicon, true)).toEqual([])
  })

  it('rules retype curated organisations and places before facility words', () => {
    const w = ['He', 'told', 'Breitbart', 'Jerusalem', 'about', 'the', 'Rafah', 'border', 'crossing']
    expect(show(w, applyGazetteerRules(w, 0, [span(2, 4, 'LOC'), span(6, 7, 'ORG')], lexicon, false))).toEqual(['ORG Breitbart Jerusalem', 'LOC Rafah'])
  })

  it('rules read a capitalised place opening a dateline as a place', () => {
    const w = ['TEL', 'AVIV', '—', 'Hamas', 'is', 'acting']
    expect(show(w, applyGazetteerRules(w, 0, [span(0, 2, 'ORG'), span(3, 4, 'ORG')], lexicon, false))).toEqual(['LOC TEL AVIV', 'ORG Hamas'])
  })

  it('rules read a one-word creed or nationality the model took for a place as a nationality', () => {
    const w = ['to', 'infiltrate', 'the', 'Salafi', 'organization', 'in', 'Rafah']
    expect(show(w, applyGazetteerRules(w, 0, [span(3, 4, 'LOC'), span(6, 7, 'LOC')], lexicon, false))).toEqual(['NORP Salafi', 'LOC Rafah'])
    // a plural names a group of people, which the model types
    const p = ['aid', 'reached', 'Syrians', 'in', 'Rafah']
    expect(show(p, applyGazetteerRules(p, 0, [span(2, 3, 'ORG')], lexicon, false))).toEqual(['ORG Syrians'])
  })

  it('rules read weapons and platforms as no actors or places', () => {
    const w = ['RAF', 'Tornado', 'jets', 'and', 'an', 'MQ-9', 'Reaper', 'struck', 'Mosul']
    expect(show(w, applyGazetteerRules(w, 0, [span(0, 2, 'PER'), span(5, 7, 'ORG'), span(8, 9, 'LOC')], lexicon, false)))
      .toEqual(['MISC RAF Tornado', 'MISC MQ-9 Reaper', 'LOC Mosul'])
    // before a road or facility word it names a place
    const road = ['shelled', 'the', 'M-4', 'highway', 'and', 'the', 'H-3', 'airbase']
    expect(show(road, applyGazetteerRules(road, 0, [span(2, 3, 'LOC'), span(6, 7, 'LOC')], lexicon, false))).toEqual(['LOC M-4', 'LOC H-3'])
    // on an ALL-CAPS line a designator-like token is a team or a code, not a weapon
    const caps = ['LITHUANIA', 'IN', 'U-21', 'QUALIFIER']
    expect(show(caps, applyGazetteerRules(caps, 0, [span(0, 3, 'LOC')], lexicon, true))).toEqual(['LOC LITHUANIA IN U-21'])
  })

  it('rules read a title before a first name as a person without the title', () => {
    const w = ['led', 'by', 'Commodore', 'Andrew', 'Burns', 'and', 'General', 'Motors']
    expect(show(w, applyGazetteerRules(w, 0, [span(2, 5, 'ORG'), span(6, 8, 'ORG')], lexicon, false))).toEqual(['PER Andrew Burns', 'ORG General Motors'])
  })
})

describe('gazetteer rules with spelling slips', () => {
  const lex = new Lexicon({
    gazetteer: [['Wilayat Sinai', 1 << GAZ.ARMED_GROUP], ['Sinai', 1 << GAZ.REGION]],
    caseProfile: [],
    orgKinds: [],
  })
  it('a curated group name with one word a letter off is still an organisation', () => {
    const words = ['fighters', 'of', 'Wilyat', 'Sinai', 'attacked']
    const out = applyGazetteerRules(words, 0, [span(2, 4, 'LOC')], lex, false)
    expect(out.find((s) => s.start === 2)?.type).toBe('ORG')
  })
  it('fuzzyPhraseMask ignores short words and single-word phrases', () => {
    expect(lex.fuzzyPhraseMask(['Wilyat', 'Sinai'])).toBe(1 << GAZ.ARMED_GROUP)
    expect(lex.fuzzyPhraseMask(['Sinia'])).toBe(0)
    expect(lex.fuzzyPhraseMask(['Wilayat', 'Sinai'])).toBe(0) // exact phrases go through phraseMask
  })
})
