import { describe, expect, it } from 'vitest'
import { segmentText } from '../pipeline/stages/segment.js'
import { findAttributions } from './attributions.js'
import { CueTagger, crudeLemma, tagCandidate } from './cue-tagger.js'
import { sentenceTokens } from './attributions.js'
import { cueLexicon } from './lexicon.js'

function cues(text: string, tagger?: CueTagger | null) {
  const { sentences, tokens } = segmentText(text)
  return findAttributions(text, sentences, tokens, { tagger }).map((a) => ({
    cue: text.slice(a.cue.start, a.cue.end),
    source: a.source ? text.slice(a.source.start, a.source.end) : undefined,
    content: a.content.map((c) => text.slice(c.start, c.end)),
  }))
}

describe('CueTagger', () => {
  it('CueTagger finds a reporting verb the lexicon does not list', () => {
    const text = 'The senator hinted that the bill had failed in committee.'
    expect(cueLexicon().entries.has('hinted')).toBe(false)
    expect(cues(text, null)).toEqual([])
    expect(cues(text)).toEqual([{ cue: 'hinted', source: 'The senator', content: ['that the bill had failed in committee'] }])
  })
  it('CueTagger leaves ordinary verbs alone', () => {
    expect(cues('He bought a house in Ohio last year and moved there in May.')).toEqual([])
  })
  it('CueTagger follows the weights it is given', () => {
    const text = 'The mayor grumbled that the budget was too small.'
    expect(cues(text, new CueTagger({ threshold: 0, weights: {} }))).toEqual([])
    expect(cues(text, new CueTagger({ threshold: 0, weights: { 'w=grumbled': 1 } }))[0]).toMatchObject({ cue: 'grumbled', source: 'The mayor' })
  })
  it('CueTagger does not take a verb after emphatic "do" for a cue, whatever its weights', () => {
    const text = 'Comey did go out of his way and then grumbled about it.'
    const { sentences, tokens } = segmentText(text)
    const toks = sentenceTokens(text, sentences, tokens).bySentence[0]!
    const at = (w: string) => toks.findIndex((t) => t.w === w)
    expect(tagCandidate(toks, at('go'))).toBe(false)
    expect(tagCandidate(toks, at('grumbled'))).toBe(true)
    const eager = new CueTagger({ threshold: 0, weights: { 'w=go': 5 } })
    expect(cues(text, eager).map((a) => a.cue)).not.toContain('go')
  })
  it('crudeLemma pools the forms of a verb', () => {
    expect(new Set(['ridicules', 'ridiculed', 'ridiculing', 'ridicule'].map(crudeLemma)).size).toBe(1)
  })
})
