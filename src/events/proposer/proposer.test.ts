import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useCodeTable } from '../alternatives.js'
import { extractEvents } from '../extract.js'
import { parsedDoc } from '../testing/parsed.js'
import { addRows, featureKey, hashRows, linearScore } from '../json-model.js'
import { ProposerModel as ProposerSchema, setProposerProbe, useProposer, type ProposerModel } from './proposer.js'
import { readJsonModel } from '../json-model.js'

const shippedProposer = () => readJsonModel(new URL('../../../models/events/proposer.json', import.meta.url), ProposerSchema, 'the proposer', 'npm run train:events')

const mentions = [{ text: 'police', type: 'ORG' as const }, { text: 'Britain', type: 'LOC' as const }]

/** A made-up proposer: an attack on protesters may be repression (17), not one on a building. */
const model: ProposerModel = {
  version: 1, threshold: 0.5, maxRoots: 1, codes: { '17': '175' }, lemmaCodes: {},
  roots: { '17': { bias: -3, weights: { 'lemma|arg=attack|protester': 6 } }, '04': { bias: -3, weights: {} } },
}

describe('the learned root proposer', () => {
  beforeEach(() => { useCodeTable(null); useProposer(model) })
  afterEach(() => { useCodeTable(undefined); useProposer(undefined) })

  it('proposes the root its model believes as a loose alternative of the same cue and parties', () => {
    const d = parsedDoc('The police attacked the protesters in Britain.', { mentions })
    const ids = new Set<string>()
    const events = extractEvents(d, { loose: true, looseIds: ids })
    const own = events.find((e) => !ids.has(e.id) && e.cue.text.startsWith('attack'))!
    const alt = events.find((e) => e.cameo === '175')
    expect(own.cameoRoot).not.toBe('17')
    expect(alt?.cue.text).toBe(own.cue.text)
    expect(alt?.actor?.text).toBe(own.actor?.text)
    expect(ids.has(alt!.id)).toBe(true)
    // a root under the threshold is not proposed, and the strict coder proposes nothing
    expect(events.some((e) => e.cameoRoot === '04')).toBe(false)
    expect(extractEvents(d).some((e) => e.cameoRoot === '17')).toBe(false)
  })

  it('reads the context: an attack with another object gets no such alternative', () => {
    const d = parsedDoc('The police attacked the building in Britain.', { mentions })
    expect(extractEvents(d, { loose: true }).some((e) => e.cameoRoot === '17')).toBe(false)
  })

  it('with a re-coder threshold, a root believed over it replaces the dictionary\'s code instead of standing beside it', () => {
    useProposer({ ...model, replaceMin: 0.9 })
    const d = parsedDoc('The police attacked the protesters in Britain.', { mentions })
    const ids = new Set<string>()
    const events = extractEvents(d, { loose: true, looseIds: ids })
    const attacks = events.filter((e) => e.cue.text.startsWith('attack'))
    // one reading of the attack, the coder's own (not loose), coded as repression
    expect(attacks.map((e) => e.cameo)).toEqual(['175'])
    expect(ids.has(attacks[0]!.id)).toBe(false)
    // an attack on a building keeps the dictionary's code
    const b = extractEvents(parsedDoc('The police attacked the building in Britain.', { mentions }), { loose: true })
    expect(b.some((e) => e.cue.text.startsWith('attack') && e.cameoRoot !== '17')).toBe(true)
  })
})

describe('the proposer scores hash keys', () => {
  afterEach(() => { setProposerProbe(undefined); useProposer(undefined) })

  it('builds each feature\'s key as the hash of its string, and every root\'s merged-row sum is linearScore\'s double', () => {
    const seen: Array<{ features: string[]; keys: readonly number[] }> = []
    setProposerProbe((_from, _root, features, keys) => { seen.push({ features: [...features], keys }) })
    const d = parsedDoc('The police attacked the protesters in Britain. The police arrested two men in Britain on Sunday. The police met with officials in Britain.', { mentions })
    extractEvents(d, { loose: true })
    expect(seen.length).toBeGreaterThan(1)
    const roots = Object.values(shippedProposer().roots)
    const rows = hashRows(roots.map((r) => r.weights))
    for (const { features, keys } of seen) {
      expect(keys).toEqual(features.map(featureKey))
      const sums = Float64Array.from(roots, (r) => r.bias)
      addRows(rows, keys, keys.length, sums)
      expect([...sums]).toEqual(roots.map((r) => linearScore(r.weights, features, r.bias)))
    }
  })

  it('a phrase cue\'s words are one feature, and a preposition is read with the lemma and its argument\'s kind', () => {
    const seen: string[][] = []
    setProposerProbe((_from, _root, features) => { seen.push([...features]) })
    extractEvents(parsedDoc('The police called for talks in Britain. The police called off the strike in Britain.', { mentions }), { loose: true })
    const all = seen.flat()
    expect(all).toContain('cue=call for')
    expect(all).toContain('cue=call off')
    expect(all).toContain('lemma|prep|kind=call|for|thing')
  })
})
