import { describe, expect, it } from 'vitest'
import { cueLexicon, verbForms } from './lexicon.js'

describe('cue lexicon', () => {
  it('verbForms spells the -s, -ed and -ing forms of regular and irregular verbs', () => {
    expect(verbForms('deny')).toEqual(expect.arrayContaining(['denies', 'denied', 'denying']))
    expect(verbForms('agree')).toEqual(expect.arrayContaining(['agrees', 'agreed', 'agreeing']))
    expect(verbForms('slam')).toEqual(expect.arrayContaining(['slammed', 'slamming']))
    expect(verbForms('see')).toEqual(expect.arrayContaining(['saw', 'seen', 'seeing']))
    expect(verbForms('see')).not.toContain('seed')
    expect(verbForms('show')).toEqual(expect.arrayContaining(['showed', 'shown']))
    expect(verbForms('put')).toEqual(['put', 'puts', 'putting'])
  })

  it('cue lexicon holds light-verb idioms in every form of the verb', () => {
    const lex = cueLexicon()
    for (const idiom of ['took issue with', 'takes aim at', 'made no secret of', 'making the case', 'laid out', 'lashed out at']) expect(lex.entries.has(idiom)).toBe(true)
  })

  it('cue lexicon holds the core cues at full strength and the wider lists below it', () => {
    const lex = cueLexicon()
    expect(lex.entries.get('said')).toBe(1)
    expect(lex.entries.get('endorsed')).toBeLessThan(1)
    expect(lex.entries.get('pointed out')).toBeLessThan(1)
    expect(lex.maxLen).toBeGreaterThanOrEqual(4)
  })
})
