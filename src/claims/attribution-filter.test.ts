import { describe, expect, it } from 'vitest'
import { segmentText } from '../pipeline/stages/segment.js'
import { findAttributions } from './attributions.js'
import { AttributionFilter, attributionFeatures } from './attribution-filter.js'

function found(text: string, filter?: AttributionFilter | null) {
  const { sentences, tokens } = segmentText(text)
  return findAttributions(text, sentences, tokens, filter === undefined ? {} : { filter })
}

describe('AttributionFilter', () => {
  it('AttributionFilter keeps an ordinary "X said that …" claim with the shipped weights', () => {
    const text = 'The minister said that the army had withdrawn from the town.'
    const a = found(text, null)[0]!
    const f = new AttributionFilter()
    expect(f.score(text, a)).toBeGreaterThan(0.5)
    expect(found(text)).toHaveLength(1)
  })
  it('AttributionFilter drops the attributions whose features weigh below its threshold', () => {
    const text = 'Graham: Trump is destroying the party. Smith said the plan failed.'
    expect(found(text, null).map((a) => a.pattern).sort()).toEqual(['colon', 'pre'])
    const strict = new AttributionFilter({ threshold: 0.5, weights: { 'p=colon': -5 } })
    expect(found(text, strict).map((a) => a.pattern)).toEqual(['pre'])
  })
  it('attributionFeatures names the cue by its verb, not its auxiliaries', () => {
    const text = 'The mayor has repeatedly warned that the city is running out of money.'
    const a = found(text, null)[0]!
    expect(attributionFeatures(text, a)).toContain('h=warned')
  })
})
