import { describe, expect, it } from 'vitest'
import { claimStances as stances } from './testing/claims-of.js'

describe('content stance', () => {
  it('claims that report a belief or an expectation are hedges', async () => {
    expect(await stances('The president said he believes the leaders can reach a deal.')).toEqual([['said', 'hedge'], ['believes', 'hedge']])
    expect(await stances('The judge said she was confident the police would find the men.')).toEqual([['said', 'hedge'], ['confident', 'hedge']])
  })

  it('claims that report "X remains confident …" are hedges where the parse goes wrong', async () => {
    expect(await stances('The statement says the EU top executive body remains confident an agreement will be reached.')).toEqual([['says', 'hedge']])
  })

  it('issue-15 claims that say what is not known are hedges', async () => {
    expect(await stances('Ms. Rice said she does not know who is responsible for the attack that killed George Hawi in Beirut.')).toEqual([['said', 'hedge']])
    expect(await stances('A spokeswoman for Kennedy said it is not clear when his doctor will release him.')).toEqual([['said', 'hedge']])
    expect(await stances('The Air Force says it can not confirm whether the pilot is alive.')).toContainEqual(['says', 'hedge'])
    expect(await stances('He said it is clear that the army attacked the town.')).toEqual([['said', 'assert']])
  })

  it('issue-15 what is not known is a hedge when the question word sits below the clause or the clause is parsed as relative', async () => {
    // "who carried out …" parsed as a relative clause on "clear"; "how" two levels below "intended"
    expect(await stances('Police said it is not clear who carried out the attack.')).toEqual([['said', 'hedge']])
    expect(await stances('Officials said it was not clear how much money was intended for emergency relief aid.')).toEqual([['said', 'hedge']])
    expect(await stances('Officials said it was clear how much money was intended for emergency relief aid.')).toEqual([['said', 'assert']])
  })

  it('issue-15 a content predicate that is only likely is a hedge, wherever its modal or adverb stands', async () => {
    expect(await stances('Observers say a number of other issues sensitive to Africans are likely to be discussed on the sidelines of the summit.')).toEqual([['say', 'hedge']])
    expect(await stances('Witnesses said the plane appeared to be on a training flight when it came down.')).toEqual([['said', 'hedge']])
    expect(await stances('He said last week that appearing before the tribunal was the best way to clear his name.')).toEqual([['said', 'assert']])
  })

  it('issue-15 "is concerned that" read as a passive verb is a hedge', async () => {
    expect(await stances('He says he is concerned that the high levels of infected birds in Indonesia could help the virus mutate.')).toEqual([['says', 'hedge']])
  })

  it('claims that report a fact or a plan stay assertions', async () => {
    expect(await stances('The president said the leaders reached a deal.')).toEqual([['said', 'assert']])
    expect(await stances('The army said it will continue the operation.')).toEqual([['said', 'assert']])
  })
})
