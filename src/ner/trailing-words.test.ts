import { describe, expect, it } from 'vitest'
import type { SentenceSpan } from './consistency.js'
import { cutTrailingWords, isCompoundModifier, withoutSurroundings } from './trailing-words.js'

const span = (start: number, end: number, type: SentenceSpan['type'] = 'LOC'): SentenceSpan => ({ sentence: 0, start, end, type, score: 0.9 })
const read = (words: string[], spans: SentenceSpan[]) => cutTrailingWords(words, spans).map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)

describe('trailing words of names', () => {
  it('trailing-words cuts the land around a place off its name', () => {
    const words = ['shelling', 'of', 'the', 'Velmora', 'suburbs', 'and', 'the', 'Tarsk', 'outskirts']
    expect(read(words, [span(3, 5), span(7, 9)])).toEqual(['LOC Velmora', 'LOC Tarsk'])
    expect(withoutSurroundings(['Upper', 'Varn', 'countryside'], span(0, 3))).toEqual(span(0, 2))
  })

  it('trailing-words keeps other lower-case heads and a span with no capitalised word left', () => {
    // the corpora annotate "X strip", "X alliance" whole; resolution reads "the X regime" as a role
    expect(read(['the', 'Varn', 'strip'], [span(1, 3)])).toEqual(['LOC Varn strip'])
    expect(read(['the', 'Kestrel', 'regime'], [span(1, 3, 'ORG')])).toEqual(['ORG Kestrel regime'])
    expect(withoutSurroundings(['suburbs'], span(0, 1))).toBeUndefined()
  })

  it('trailing-words makes a hyphenated modifier before its noun MISC', () => {
    const words = ['its', 'Velmoran-language', 'magazine']
    expect(isCompoundModifier(words, span(1, 2, 'NORP'))).toBe(true)
    expect(read(words, [span(1, 2, 'NORP')])).toEqual(['MISC Velmoran-language'])
    // not before a name, not a hyphenated name, not a span of several words
    expect(isCompoundModifier(['the', 'Velmoran-language', 'Herald'], span(1, 2, 'NORP'))).toBe(false)
    expect(isCompoundModifier(['in', 'Tarsk-Varn', 'today'], span(1, 2))).toBe(false)
    expect(isCompoundModifier(['a', 'Tarsk', 'Velmoran-language', 'daily'], span(1, 3))).toBe(false)
  })
})
