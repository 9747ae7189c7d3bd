import { describe, expect, it } from 'vitest'
import { extractEvents } from '../extract.js'
import { parsedDoc } from '../testing/parsed.js'
import { featureKey, FeatureKeys } from '../json-model.js'
import { eventFeatureKeys, eventFeatures, indexDoc } from './features.js'
import { defaultScorerModel, keyProbability, probability, type ScorerModel } from './model.js'
import { scoreEvents, withConfidence } from './score.js'
import { trainScorer } from './train.js'
import { useCodeTable } from '../alternatives.js'
import type { LearnedCue } from '../learned-cues.js'

const doc = parsedDoc('Hamas said "Israeli troops attacked the Jenin camp." Egyptian police detained two Hamas members in Rafah.', {
  mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Israeli troops', type: 'ORG' }, { text: 'Jenin camp', type: 'LOC' },
    { text: 'Egyptian police', type: 'ORG' }, { text: 'Rafah', type: 'LOC' }],
})
const events = extractEvents(doc)

describe('event scorer', () => {
  it('scorer features read the cue lemma, its parse and the quotation around it', () => {
    const ix = indexDoc(doc, events)
    const attack = events.find((e) => e.cue.text === 'attacked')!
    const detain = events.find((e) => e.cue.text === 'detained')!
    expect(eventFeatures(ix, attack)).toEqual(expect.arrayContaining(['lemma=attack', 'upos=VERB', 'quoted', `root=${attack.cameoRoot}`]))
    expect(eventFeatures(ix, detain)).toEqual(expect.arrayContaining(['lemma=detain', 'actor=ORG']))
    expect(eventFeatures(ix, detain)).not.toContain('quoted')
  })

  it('scorer features say which events come from a learned cue, with the articles behind it and its frame', () => {
    useCodeTable({ minSupport: 2, lemmas: {}, uncoded: { 'nudge +obj': [['010', 7]] } })
    try {
      const d = parsedDoc('Hamas nudged Egypt. Hamas attacked Rafah.', { mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Egypt', type: 'LOC' }, { text: 'Rafah', type: 'LOC' }] })
      const looseIds = new Set<string>()
      const learned = new Map<string, LearnedCue>()
      const all = extractEvents(d, { loose: true, looseIds, learned })
      const ix = indexDoc(d, all, looseIds, learned)
      const nudge = all.find((e) => e.cue.text === 'nudged')!
      expect(eventFeatures(ix, nudge)).toEqual(expect.arrayContaining(['learned', 'learned|root=01', 'learned|sup=<=10', 'learned|framed=yes']))
      expect(eventFeatures(ix, all.find((e) => e.cue.text === 'attacked')!).filter((x) => x.startsWith('learned'))).toEqual([])
    } finally {
      useCodeTable(undefined)
    }
  })

  it('scorer features say how far each party stands from the cue, and when there is none', () => {
    const ix = indexDoc(doc, events)
    const attack = events.find((e) => e.cue.text === 'attacked')!
    const detain = events.find((e) => e.cue.text === 'detained')!
    expect(eventFeatures(ix, attack)).toContain('adist=<=15')
    expect(eventFeatures(ix, detain)).toContain('adist=<=40')
    expect(eventFeatures(ix, { ...detain, actor: { ...detain.actor!, start: detain.cue.start - 120 } })).toContain('adist=<=150')
    expect(eventFeatures(ix, { ...detain, target: undefined })).toContain('tdist=none')
  })

  it('scorer drops the events its model scores under the threshold and keeps the others with their confidence', () => {
    const model: ScorerModel = { version: 1, bias: 0, weights: { 'lemma=detain': -3, 'lemma=attack': 3 }, threshold: 0.5 }
    const kept = scoreEvents(doc, events, model)
    expect(kept.map((e) => e.cue.text)).toEqual(['attacked'])
    expect(kept[0]!.confidence).toBeCloseTo(0.953, 3)
    expect(scoreEvents(doc, events, model, { minConfidence: 0 })).toHaveLength(events.length)
  })

  it('shipped scorer gives every event a confidence between 0 and 1', () => {
    for (const e of withConfidence(doc, events, defaultScorerModel())) expect(e.confidence).toBeGreaterThanOrEqual(0), expect(e.confidence).toBeLessThanOrEqual(1)
  })

  it('scorer training is deterministic and learns a feature that separates the labels', () => {
    const xs = Array.from({ length: 40 }, (_, i) => ({ features: [i % 2 ? 'good' : 'bad', `n${i % 5}`], label: (i % 2) as 0 | 1, group: `a${i % 7}` }))
    const a = trainScorer(xs, 0.5)
    expect(trainScorer(xs, 0.5)).toEqual(a)
    expect(probability(a, ['good'])).toBeGreaterThan(0.8)
    expect(probability(a, ['bad'])).toBeLessThan(0.2)
  })

  it('scorer trained in seeded orders of the examples\' own keys learns the same model whatever order the examples come in', () => {
    const xs = Array.from({ length: 60 }, (_, i) => ({ features: [i % 3 ? 'good' : 'bad', `n${i % 5}`, `m${i % 4}`], label: (i % 3 ? 1 : 0) as 0 | 1, group: `a${i % 7}`, key: `e${i}` }))
    const a = trainScorer(xs, 0.5, { orders: 3 })
    expect(trainScorer([...xs].reverse(), 0.5, { orders: 3 })).toEqual(a)
    expect(probability(a, ['good'])).toBeGreaterThan(0.8)
  })

  it('loose coder adds the acts the strict coder leaves out, flagged, and the scorer holds them to their own threshold', () => {
    const d = parsedDoc('The attacks continued on Sunday. Hamas detained two men in Rafah.', { mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Rafah', type: 'LOC' }] })
    const strict = extractEvents(d)
    const ids = new Set<string>()
    // without the shipped table's alternatives (its split cues propose another root beside "attacks")
    useCodeTable(null)
    const loose = extractEvents(d, { loose: true, looseIds: ids })
    useCodeTable(undefined)
    expect(strict.map((e) => e.cue.text)).toEqual(['detained'])
    expect(loose.map((e) => e.cue.text)).toEqual(['attacks', 'detained'])
    expect([...ids]).toEqual([loose[0]!.id])
    const model: ScorerModel = { version: 1, bias: 0, weights: {}, threshold: 0, loose: true, looseThreshold: 0.6 }
    expect(scoreEvents(d, loose, model, { loose: ids }).map((e) => e.cue.text)).toEqual(['detained'])
    expect(scoreEvents(d, loose, { ...model, looseThreshold: 0.4 }, { loose: ids }).map((e) => e.cue.text)).toEqual(['attacks', 'detained'])
  })

  it('with one code per reading, an alternative code the scorer believes more replaces the code of the coder', () => {
    useCodeTable({ minSupport: 2, lemmas: { support: [['051', 3]] } })
    try {
      const d = parsedDoc('Britain supported Iraq.', { mentions: [{ text: 'Britain', type: 'LOC' }, { text: 'Iraq', type: 'LOC' }] })
      const ids = new Set<string>()
      const coded = extractEvents(d, { loose: true, looseIds: ids })
      const own = coded.find((e) => !ids.has(e.id))!
      const model: ScorerModel = { version: 1, bias: 0, weights: { 'code=051': 2 }, threshold: 0, loose: true, looseThreshold: 0.5 }
      // both kept when the model keeps every code of a reading, one (the alternative) with oneCodePerReading
      expect(scoreEvents(d, coded, model, { loose: ids }).map((e) => e.cameo).sort()).toEqual(['051', own.cameo].sort())
      expect(scoreEvents(d, coded, { ...model, oneCodePerReading: true }, { loose: ids }).map((e) => e.cameo)).toEqual(['051'])
      // the own code stays when the scorer believes it more
      const doubt: ScorerModel = { ...model, oneCodePerReading: true, weights: { 'code=051': 0.5, [`code=${own.cameo}`]: 2 } }
      expect(scoreEvents(d, coded, doubt, { loose: ids }).map((e) => e.cameo).sort()).toEqual(['051', own.cameo].sort())
    } finally {
      useCodeTable(undefined)
    }
  })
})

describe('split cues in the event scorer', () => {
  it('a split alternative tells the scorer the change of root and who acts, and one code per reading over every event keeps the one it believes more', () => {
    useCodeTable({ minSupport: 2, lemmas: {}, splits: { kill: { linked: 10, roots: [['180', 5], ['190', 4]] } }, splitLoose: true })
    try {
      const d = parsedDoc('Britain did not kill two Hamas fighters in Iraq.', { mentions: [{ text: 'Britain', type: 'LOC' }, { text: 'Hamas', type: 'ORG' }, { text: 'Iraq', type: 'LOC' }] })
      const ids = new Set<string>()
      const learned = new Map<string, LearnedCue>()
      const coded = extractEvents(d, { loose: true, looseIds: ids, learned })
      const alt = coded.find((e) => learned.get(e.id)?.from !== undefined)!
      const base = coded.find((e) => e.cameoRoot === '19')!
      const ix = indexDoc(d, coded, ids, learned)
      expect(alt.cameo).toBe('180')
      expect(eventFeatures(ix, alt)).toEqual(expect.arrayContaining(['split=19>18', 'split|actor=19>18|LOC', 'split|share=<=50', 'split|lemma=19>18|kill']))
      // the cue's words: a one-word cue here, against a phrase the dictionary matched ("taken in for questioning": 3)
      expect(eventFeatures(ix, alt)).toContain('split|words=19>18|1')
      expect(eventFeatures(ix, base)).toEqual(expect.arrayContaining(['splitbase=19>18', 'splitbase|actor=19>18|LOC', 'splitbase|words=19>18|1']))
      expect(eventFeatures(ix, base).some((f) => f.startsWith('split='))).toBe(false)
      // the negated reading is loose: one code per reading of the coder's own events leaves both, over every event the better
      const model: ScorerModel = { version: 1, bias: 0, weights: { split: 2 }, threshold: 0, loose: true, looseThreshold: 0.5, oneCodePerReading: true }
      expect(scoreEvents(d, coded, model, { loose: ids, learned }).map((e) => e.cameo).sort()).toEqual(['180', base.cameo].sort())
      expect(scoreEvents(d, coded, { ...model, oneCodeScope: 'all' }, { loose: ids, learned }).map((e) => e.cameo)).toEqual(['180'])
    } finally {
      useCodeTable(undefined)
    }
  })
})

describe('the event scorer scores hash keys', () => {
  it('builds each feature\'s key as the hash of its string, and the probability is the one of the strings', () => {
    useCodeTable(undefined)
    const d = parsedDoc('Hamas said "Israeli troops attacked the Jenin camp." Egyptian police detained two Hamas members in Rafah. Israeli troops fought against Hamas near Rafah.', {
      mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Israeli troops', type: 'ORG' }, { text: 'Jenin camp', type: 'LOC' },
        { text: 'Egyptian police', type: 'ORG' }, { text: 'Rafah', type: 'LOC' }],
    })
    const looseIds = new Set<string>()
    const all = extractEvents(d, { loose: true, looseIds })
    const ix = indexDoc(d, all, looseIds)
    const model = defaultScorerModel()
    const f = new FeatureKeys(true)
    const bare = new FeatureKeys() // the scoring path: keys only, built in one call per feature
    expect(all.length).toBeGreaterThan(2)
    for (const e of all) {
      eventFeatureKeys(ix, e, f)
      eventFeatureKeys(ix, e, bare.reset())
      expect(f.strings).toEqual(eventFeatures(ix, e))
      expect(Array.from(f.keys.subarray(0, f.length))).toEqual(f.strings!.map(featureKey))
      expect(Array.from(bare.keys.subarray(0, bare.length))).toEqual(f.strings!.map(featureKey))
      expect(keyProbability(model, f)).toBe(probability(model, eventFeatures(ix, e)))
    }
  })
})
