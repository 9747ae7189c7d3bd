import { describe, expect, it } from 'vitest'
import { extractFeatures, FEATURES_PER_TOKEN, FEATURES_WITH_SYNTAX, normalizeWords, SENT_MODE, sentenceMode, wordShape, type NerSyntax } from './features.js'
import { GAZ, GAZ_BEGIN_SHIFT, Lexicon } from './lexicon.js'

const lexicon = new Lexicon({
  gazetteer: [['Gaza Strip', 1 << GAZ.REGION], ['IS', 1 << GAZ.ARMED_GROUP], ['Army of Islam', 1 << GAZ.ARMED_GROUP], ['Turkey', 1 << GAZ.COUNTRY]],
  caseProfile: [['said', 1], ['hamas', 5]],
  orgKinds: [],
})
const MASK = (1 << 18) - 1

describe('features', () => {
  it('wordShape collapses character classes', () => {
    expect(wordShape('al-Baghdadi')).toBe('x-Xx')
    expect(wordShape('U.S.')).toBe('X.X.')
    expect(wordShape('1996-08-22')).toBe('d-d-d')
    expect(wordShape('Égypte')).toBe('Xx')
  })

  it('sentenceMode tells ALL-CAPS lines and headlines from running text', () => {
    expect(sentenceMode(['ISIS', 'KILLS', '20', 'IN', 'MOSUL'])).toBe(SENT_MODE.ALL_CAPS)
    expect(sentenceMode(['Tensions', 'Escalate', 'Between', 'Islamic', 'State', 'and', 'Hamas'])).toBe(SENT_MODE.TITLE)
    expect(sentenceMode(['Hamas', 'said', 'on', 'Sunday', 'that', 'talks', 'failed'])).toBe(SENT_MODE.NORMAL)
  })

  it('extractFeatures reads the same casing mode as sentenceMode (from the bits cached per word)', () => {
    const lexicon = new Lexicon({ gazetteer: [], caseProfile: [], orgKinds: [] })
    for (const words of [['ISIS', 'KILLS', '20', 'IN', 'MOSUL'], ['Tensions', 'Escalate', 'Between', 'Islamic', 'State', 'and', 'Hamas'],
      ['Hamas', 'said', 'on', 'Sunday', 'that', 'talks', 'failed'], ['A', 'B', 'and', 'C'], ['20', '-', '30'], ['Élan', 'Über', 'Straße']]) {
      const info = { mode: -1, matches: [] }
      extractFeatures(words, lexicon, 0xffff, undefined, info)
      expect(info.mode).toBe(sentenceMode(words))
    }
  })

  it('extractFeatures gives a fixed number of in-range ids per token, deterministically', () => {
    const words = ['Hamas', 'left', 'the', 'Gaza', 'Strip', '.']
    const a = extractFeatures(words, lexicon, MASK)
    const b = extractFeatures(words, lexicon, MASK)
    expect(a.length).toBe(words.length * FEATURES_PER_TOKEN)
    expect([...a]).toEqual([...b])
    for (const id of a) expect(id >= 0 && id <= MASK).toBe(true)
  })

  it('extractFeatures sees two words of context and no further', () => {
    const F = FEATURES_PER_TOKEN
    const base = extractFeatures(['a', 'b', 'c', 'd', 'e', 'f'], lexicon, MASK).slice()
    const changed = extractFeatures(['a', 'b', 'c', 'd', 'e', 'X'], lexicon, MASK).slice()
    expect([...changed.slice(2 * F, 3 * F)]).toEqual([...base.slice(2 * F, 3 * F)]) // token 2 is three away from token 5
    expect([...changed.slice(3 * F, 4 * F)]).not.toEqual([...base.slice(3 * F, 4 * F)]) // token 3 sees it
  })

  it('syntax templates read how the whole name attaches, and leave the other templates as they were', () => {
    const F = FEATURES_WITH_SYNTAX
    const words = ['Karim', 'Tovash', 'attacked', 'Velmor']
    // "Karim" is flat under "Tovash", the subject (or, in the second reading, the object) of "attacked"
    const syn = (rel: string): NerSyntax => ({ upos: ['PROPN', 'PROPN', 'VERB', 'PROPN'], lemma: ['Karim', 'Tovash', 'attack', 'Velmor'],
      head: [1, 2, -1, 2], deprel: ['flat', rel, 'root', 'obj'] })
    const subject = extractFeatures(words, lexicon, MASK, undefined, undefined, { features: F, syntax: syn('nsubj') }).slice()
    const object = extractFeatures(words, lexicon, MASK, undefined, undefined, { features: F, syntax: syn('obj') }).slice()
    const plain = extractFeatures(words, lexicon, MASK).slice()
    expect(subject.length).toBe(words.length * F)
    for (let i = 0; i < words.length; i++) {
      // the first 39 templates do not depend on syntax
      expect([...subject.slice(i * F, i * F + FEATURES_PER_TOKEN)]).toEqual([...plain.slice(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN)])
    }
    const governing = FEATURES_PER_TOKEN + 5
    // the relation of the name's head reaches its first word through "flat"; the word after is not touched
    expect(subject[0 * F + governing]).not.toBe(object[0 * F + governing])
    expect(subject[0 * F + governing]).toBe(subject[1 * F + governing])
    expect(subject[3 * F + governing]).toBe(object[3 * F + governing])
    // without syntax a syntax model still gets in-range ids (every syntax slot reads "unknown")
    const none = extractFeatures(words, lexicon, MASK, undefined, undefined, { features: F })
    for (const id of none) expect(id >= 0 && id <= MASK).toBe(true)
    expect(none[1 * F + governing]).not.toBe(subject[1 * F + governing])
  })

  it('gazetteer masks mark capitalised matches only and keep acronyms case-sensitive', () => {
    const words = ['IS', 'is', 'in', 'the', 'Gaza', 'Strip', 'not', 'turkey', 'Turkey']
    const out = new Uint32Array(words.length)
    lexicon.masks(words, words.map((w) => w.toLowerCase()), out)
    expect(out[0]).toBe((1 << GAZ.ARMED_GROUP) | (1 << (GAZ.ARMED_GROUP + GAZ_BEGIN_SHIFT)))
    expect(out[1]).toBe(0)
    expect(out[4]! & (1 << GAZ.REGION)).toBeTruthy()
    expect(out[5]! & (1 << GAZ.REGION)).toBeTruthy()
    expect(out[7]).toBe(0)
    expect(out[8]! & (1 << GAZ.COUNTRY)).toBeTruthy()
    expect(lexicon.matches(['the', 'Army', 'of', 'Islam', 'said'])).toEqual([[1, 4, 1 << GAZ.ARMED_GROUP]])
  })

  it('normalizeWords folds typographic quotes and leaves ASCII words alone', () => {
    const words = ['Israel', '’s', '“', 'Hamas', '”']
    expect(normalizeWords(words)).toEqual(['Israel', "'s", '"', 'Hamas', '"'])
    const ascii = ['plain', 'words']
    expect(normalizeWords(ascii)).toBe(ascii)
  })

  it('normalizeWords drops an invisible left-to-right mark glued to a word ("Minister\u200e")', () => {
    expect(normalizeWords(['Prime', 'Minister\u200e', 'Haider'])).toEqual(['Prime', 'Minister', 'Haider'])
    expect(normalizeWords(['\u200e'])).toEqual(['\u200e'])
  })
})
