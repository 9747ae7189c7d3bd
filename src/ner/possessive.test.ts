import { describe, expect, it } from 'vitest'
import type { SentenceSpan } from './consistency.js'
import { trimPossessives } from './possessive.js'

const span = (sentence: number, start: number, end: number, type: SentenceSpan['type'] = 'ORG'): SentenceSpan => ({ sentence, start, end, type, score: 0.8 })

describe('trimPossessives', () => {
  it('possessive ending leaves a name the document writes without it', () => {
    const doc = [['Marvel', 'died', 'in', 'May', '.'], ['Condolences', 'to', 'Marvel', '’s', 'family', '.']]
    const out = trimPossessives(doc, [span(0, 0, 1, 'PER'), span(1, 2, 4)])
    expect(out.map((s) => [s.sentence, s.start, s.end])).toEqual([[0, 0, 1], [1, 2, 3]])
    const plural = [['Velcor', 'Brothers', 'opened', '.'], ['The', 'Velcor', 'Brothers', "'", 'shop']]
    expect(trimPossessives(plural, [span(0, 0, 2), span(1, 1, 4)]).map((s) => s.end)).toEqual([2, 3])
  })

  it('possessive stays inside a name the document always writes with it', () => {
    const doc = [['Korvo', "'s", 'Investors', 'Service', 'cut', 'it', '.'], ['Korvo', "'s", 'said', 'so', '.']]
    const spans = [span(0, 0, 4), span(1, 0, 2)]
    expect(trimPossessives(doc, spans)).toEqual(spans)
  })
})
