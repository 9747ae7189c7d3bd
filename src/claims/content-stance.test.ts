import { describe, expect, it } from 'vitest'
import { claimsIn } from './testing/claims-of.js'

async function stances(text: string) {
  return (await claimsIn(text)).map((c) => [c.cue.text, c.stance])
}

describe('content stance', () => {
  it('claims that report a belief or an expectation are hedges', async () => {
    expect(await stances('The president said he believes the leaders can reach a deal.')).toEqual([['said', 'hedge'], ['believes', 'hedge']])
    expect(await stances('The judge said she was confident the police would find the men.')).toEqual([['said', 'hedge'], ['confident', 'hedge']])
  })

  it('claims that report "X remains confident …" are hedges where the parse goes wrong', async () => {
    expect(await stances('The statement says the EU top executive body remains confident an agreement will be reached.')).toEqual([['says', 'hedge']])
  })

  it('claims that report a fact or a plan stay assertions', async () => {
    expect(await stances('The president said the leaders reached a deal.')).toEqual([['said', 'assert']])
    expect(await stances('The army said it will continue the operation.')).toEqual([['said', 'assert']])
  })
})
