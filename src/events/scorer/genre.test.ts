import { describe, expect, it } from 'vitest'
import { parsedDoc } from '../testing/parsed.js'
import { extractEvents } from '../extract.js'
import { useCodeTable } from '../alternatives.js'
import { articleVoice } from './genre.js'
import type { ScorerModel } from './model.js'
import { scoreEvents } from './score.js'

describe('article voice', () => {
  it('a statement in its own first person, or dated "today", speaks in the first voice', () => {
    expect(articleVoice(parsedDoc('We condemn the attack on our embassy in Kabul.'))).toBe('first')
    expect(articleVoice(parsedDoc('I welcome the release of the hostages.'))).toBe('first')
    expect(articleVoice(parsedDoc('The Secretary met the Iraqi prime minister today in Baghdad.'))).toBe('first')
  })

  it('a wire report in the third person stays third, even quoting a "we" or naming the US', () => {
    expect(articleVoice(parsedDoc('Rebels attacked the town on Monday, officials said.'))).toBe('third')
    expect(articleVoice(parsedDoc('The minister said: "We will respond to this attack."'))).toBe('third')
    expect(articleVoice(parsedDoc('The US sent troops to the border.'))).toBe('third')
  })

  it('the scorer keeps loose candidates at the threshold of the article\'s voice', () => {
    const text = (s: string) => `${s} The attacks continued on Sunday. Hamas detained two men in Rafah.`
    const mentions = [{ text: 'Hamas', type: 'ORG' as const }, { text: 'Rafah', type: 'LOC' as const }]
    const model: ScorerModel = { version: 1, bias: 0, weights: {}, threshold: 0, loose: true, looseThreshold: 0.4, looseThresholds: { first: 0.6, third: 0.4 } }
    const cues = (opening: string) => {
      const d = parsedDoc(text(opening), { mentions })
      const ids = new Set<string>()
      // without the shipped table's alternatives (its split cues propose another root beside "attacks")
      useCodeTable(null)
      const coded = extractEvents(d, { loose: true, looseIds: ids })
      useCodeTable(undefined)
      return scoreEvents(d, coded, model, { loose: ids }).map((e) => e.cue.text)
    }
    // probability 0.5 for every event: under the first voice's 0.6, over the third voice's 0.4
    expect(cues('We are following the events closely.')).toEqual(['detained'])
    expect(cues('Officials are following the events closely.')).toEqual(['attacks', 'detained'])
  })

  it('the scorer keeps the coder\'s own events at the threshold of the article\'s voice', () => {
    const text = (s: string) => `${s} Hamas detained two men in Rafah.`
    const mentions = [{ text: 'Hamas', type: 'ORG' as const }, { text: 'Rafah', type: 'LOC' as const }]
    const model: ScorerModel = { version: 1, bias: 0, weights: {}, threshold: 0.4, thresholds: { first: 0.6 }, loose: true, looseThreshold: 1 }
    const cues = (opening: string) => {
      const d = parsedDoc(text(opening), { mentions })
      const ids = new Set<string>()
      return scoreEvents(d, extractEvents(d, { loose: true, looseIds: ids }), model, { loose: ids }).map((e) => e.cue.text)
    }
    // probability 0.5: under the first voice's 0.6, over the threshold of the third (the model's own 0.4)
    expect(cues('We are following the events closely.')).toEqual([])
    expect(cues('Officials are following the events closely.')).toEqual(['detained'])
  })
})
