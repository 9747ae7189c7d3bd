import { describe, expect, it } from 'vitest'
import { claimStance } from './stance.js'

describe('claimStance', () => {
  it('claimStance marks "claimed" as a hedged assertion', () => {
    expect(claimStance('claimed', 'Hamas is acting to infiltrate the group')).toEqual({ stance: 'assert', hedges: ['claimed'] })
  })
  it('claimStance reads confirm and deny cues, and negation flips them', () => {
    expect(claimStance('confirmed', 'the report').stance).toBe('confirm')
    expect(claimStance('denied', 'the report').stance).toBe('deny')
    expect(claimStance('did not confirm', 'the report').stance).toBe('deny')
    expect(claimStance("didn't confirm", 'the report').stance).toBe('deny')
    expect(claimStance('didn’t deny', 'the report').stance).toBe('confirm')
  })
  it('claimStance takes "the reports are false" as a denial', () => {
    expect(claimStance('said', 'the reports were false').stance).toBe('deny')
  })
  it('claimStance finds hedges in the content and around the cue', () => {
    expect(claimStance('said', 'the group may have moved the weapons')).toEqual({ stance: 'hedge', hedges: ['may'] })
    expect(claimStance('said', 'the fighters allegedly fled', ' reportedly ').hedges).toEqual(['reportedly', 'allegedly'])
  })
})
