import { describe, expect, it } from 'vitest'
import { cueLexicon, restrictionHolds, suffixLemmas } from './lexicon.js'

describe('cue lexicon', () => {
  it('cue lexicon holds light-verb idioms as the verb\'s lemma and the words after it', () => {
    const lex = cueLexicon()
    for (const idiom of ['take issue with', 'take aim at', 'make no secret of', 'make the case', 'lay out', 'lash out at']) expect(lex.entries.has(idiom)).toBe(true)
  })

  it('cue lexicon holds the core cues at full strength and the wider lists below it', () => {
    const lex = cueLexicon()
    expect(lex.entries.get('say')).toBe(1)
    expect(lex.entries.get('endorse')).toBeLessThan(1)
    expect(lex.entries.get('point out')).toBeLessThan(1)
    expect(lex.maxLen).toBeGreaterThanOrEqual(4)
  })

  it('restricted cues report only in their reporting uses', () => {
    expect(restrictionHolds('finite', 'found', 'find', 'that')).toBe(true)
    expect(restrictionHolds('finite', 'seeing', 'see', 'its')).toBe(false)
    expect(restrictionHolds('inflected', 'support', 'support', 'for')).toBe(false)
    expect(restrictionHolds('infinitive', 'planned', 'plan', 'acts')).toBe(false)
    expect(restrictionHolds('infinitive', 'plans', 'plan', 'to')).toBe(true)
    expect(restrictionHolds('framing', 'continued', 'continue', ':')).toBe(true)
    expect(restrictionHolds('framing', 'continued', 'continue', 'to')).toBe(false)
  })

  it('suffixLemmas gives the lemmas an inflected verb\'s suffix allows', () => {
    expect(suffixLemmas('warning')).toContain('warn')
    expect(suffixLemmas('urged')).toContain('urge')
    expect(suffixLemmas('denies')).toContain('deny')
    expect(suffixLemmas('slammed')).toContain('slam')
    expect(suffixLemmas('seed')).toEqual([])
  })
})
