import { describe, expect, it } from 'vitest'
import { claimStances as stances } from './testing/claims-of.js'
import { claimStance } from './stance.js'

describe('claimStance', () => {
  it('claimStance marks "claimed" as a hedged assertion', () => {
    expect(claimStance('claimed', 'Hamas is acting to infiltrate the group')).toEqual({ stance: 'assert', hedges: ['claimed'] })
  })
  it('claimStance reads confirm and deny cues; a negated denial confirms, a negated confirmation leaves it open', () => {
    expect(claimStance('confirmed', 'the report').stance).toBe('confirm')
    expect(claimStance('denied', 'the report').stance).toBe('deny')
    expect(claimStance('did not confirm', 'the report').stance).toBe('hedge')
    expect(claimStance("didn't confirm", 'the report').stance).toBe('hedge')
    // the negation read from the parse where the cue span holds none ("it can not confirm": cue "confirm")
    expect(claimStance('confirm', 'the pilot is alive', '', ['confirm'], true).stance).toBe('hedge')
    expect(claimStance('didn’t deny', 'the report').stance).toBe('confirm')
  })
  it('claimStance reads the cue by lemma, so every form of a verb has its stance', () => {
    expect(claimStance('was contradicting', 'the report', '', ['be', 'contradict']).stance).toBe('deny')
    expect(claimStance('corroborates', 'the account', '', ['corroborate']).stance).toBe('confirm')
    expect(claimStance('predicts', 'prices will rise', '', ['predict']).stance).toBe('hedge')
    expect(claimStance('foresaw', 'a long war', '', ['foresee']).stance).toBe('assert')
  })
  it('claimStance takes "the reports are false" as a denial', () => {
    expect(claimStance('said', 'the reports were false').stance).toBe('deny')
  })
  it('claimStance finds hedges in the content and around the cue', () => {
    expect(claimStance('said', 'the group may have moved the weapons')).toEqual({ stance: 'hedge', hedges: ['may'] })
    expect(claimStance('said', 'the fighters allegedly fled', ' reportedly ').hedges).toEqual(['reportedly', 'allegedly'])
  })
  it('claimStance makes "could" and "likely" near the content\'s start a hedge, "will" and "would" not', () => {
    expect(claimStance('said', 'the vote could spark greater bloodshed')).toEqual({ stance: 'hedge', hedges: ['could'] })
    expect(claimStance('say', 'the storm will likely reach the coast by Friday').stance).toBe('hedge')
    expect(claimStance('say', 'the talks will resume next week').stance).toBe('assert')
    expect(claimStance('said', 'the army would withdraw from the town').stance).toBe('assert')
  })
})

describe('claim stance from the parse', () => {
  it('a denial, a confirmation and a hedge keep their stance in any form of the verb', async () => {
    expect(await stances('The interior ministry is denying that its troops fired on the protesters.')).toEqual([['is denying', 'deny']])
    expect(await stances('An army spokesman confirms that two soldiers were killed in the blast.')).toEqual([['confirms', 'confirm']])
    expect(await stances('Western diplomats predict that the ceasefire will collapse within weeks.')).toEqual([['predict', 'hedge']])
  })
  it('a clause after "expressed concern" is a hedge; "raised these concerns" stays an assertion', async () => {
    expect(await stances('Rice expressed concern that Syria and Iran are trying to destabilize Lebanon.')).toEqual([['expressed', 'hedge']])
    expect(await stances('Kerry raised these concerns in a call with the Russian foreign minister.')).toEqual([['raised these concerns', 'assert']])
  })
  it('a noun in a cue phrase gives it no stance of its own', async () => {
    expect(await stances('The minister said: "I have no doubt that the ceasefire will hold."')).toContainEqual(['have no doubt', 'assert'])
  })
  it('a negated denial is a confirmation', async () => {
    expect(await stances('The general did not deny that his men had entered the village.')).toEqual([['did not deny', 'confirm']])
  })
})
