import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useCodeTable } from '../alternatives.js'
import { extractEvents } from '../extract.js'
import { parsedDoc } from '../testing/parsed.js'
import { useProposer, type ProposerModel } from './proposer.js'
import { classProbabilities, recoded, type RecoderModel } from './recoder.js'

const mentions = [{ text: 'police', type: 'ORG' as const }, { text: 'Britain', type: 'LOC' as const }]

/** A made-up re-coder: an attack on protesters is repression (17); otherwise the coder's code is kept. */
const recoder: RecoderModel = {
  replaceMin: 0.6, classes: { attack: ['17', '11'] }, codes: { 'attack|17': '175' },
  weights: { 'keep|bias': 1, '17|lemma|arg=attack|protester': 4 },
}
const proposer: ProposerModel = { version: 1, threshold: 0.5, maxRoots: 1, codes: {}, lemmaCodes: {}, roots: {}, recoder }

describe('the learned re-coder', () => {
  beforeEach(() => { useCodeTable(null); useProposer(proposer) })
  afterEach(() => { useCodeTable(undefined); useProposer(undefined) })

  it('replaces the dictionary\'s code when a root outweighs keep: one reading, the coder\'s own', () => {
    const ids = new Set<string>()
    const events = extractEvents(parsedDoc('The police attacked the protesters in Britain.', { mentions }), { loose: true, looseIds: ids })
    const attacks = events.filter((e) => e.cue.text.startsWith('attack'))
    expect(attacks.map((e) => e.cameo)).toEqual(['175'])
    expect(ids.has(attacks[0]!.id)).toBe(false)
  })

  it('with keepOwn, the dictionary\'s code stays beside the new one as a loose alternative for the scorer', () => {
    useProposer({ ...proposer, recoder: { ...recoder, keepOwn: true } })
    const ids = new Set<string>()
    const events = extractEvents(parsedDoc('The police attacked the protesters in Britain.', { mentions }), { loose: true, looseIds: ids })
    const attacks = events.filter((e) => e.cue.text.startsWith('attack'))
    expect(attacks.length).toBe(2)
    expect(attacks.filter((e) => !ids.has(e.id)).map((e) => e.cameo)).toEqual(['175'])
    expect(attacks.filter((e) => ids.has(e.id)).every((e) => e.cameoRoot !== '17')).toBe(true)
  })

  it('keeps the code where the clause gives no reason: an attack on a building', () => {
    const events = extractEvents(parsedDoc('The police attacked the building in Britain.', { mentions }), { loose: true })
    const attacks = events.filter((e) => e.cue.text.startsWith('attack'))
    expect(attacks.length).toBeGreaterThan(0)
    expect(attacks.every((e) => e.cameoRoot !== '17')).toBe(true)
  })

  it('chooses only among keep and the lemma\'s classes, over replaceMin, and never reads a material act as a verbal one', () => {
    const f = ['lemma|arg=attack|protester']
    const p = classProbabilities(recoder.weights, ['keep', '17', '11'], f)
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1)
    expect(recoded(recoder, 'attack', '19', f, () => true)).toBe('175')
    // a lemma without classes, or a model believing the root under replaceMin, keeps the code
    expect(recoded(recoder, 'strike', '19', f, () => true)).toBeUndefined()
    expect(recoded({ ...recoder, replaceMin: 0.99 }, 'attack', '19', f, () => true)).toBeUndefined()
    // the root not allowed for this own root: keep
    expect(recoded(recoder, 'attack', '19', f, (r) => r !== '17')).toBeUndefined()
  })
})
