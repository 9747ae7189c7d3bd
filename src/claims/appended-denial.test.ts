import { describe, expect, it } from 'vitest'
import { claimsIn } from './testing/claims-of.js'

const triples = (cs: Awaited<ReturnType<typeof claimsIn>>) => cs.map((c) => [c.source.text, c.cue.text, c.stance, c.content.text])

describe('appended denials and phrasal denials', () => {
  it('issue-15 a charge Tehran denies is a denial by Tehran', async () => {
    const cs = await claimsIn('The Venezuelan leader has repeatedly accused the United States of trying to topple his government, a charge Washington has denied.', [{ text: 'Washington', type: 'LOC' }])
    expect(triples(cs)).toContainEqual(['Washington', 'has denied', 'deny', 'a charge'])
  })

  it('issue-15 the statement a denial is appended to ends before it', async () => {
    const cs = await claimsIn('Rebels say the army shelled the town, an accusation which the military rejects.')
    expect(triples(cs)).toEqual([['Rebels', 'say', 'assert', 'the army shelled the town'], ['the military', 'rejects', 'deny', 'an accusation']])
  })

  it('issue-15 a noun with a clause that reports nothing is no denial', async () => {
    expect(await claimsIn('He met the minister, a man the army admires.')).toEqual([])
  })

  it('issue-15 ruled out is a denial, whatever the parser makes of "out"', async () => {
    const cs = await claimsIn('Police have ruled out foul play.')
    expect(triples(cs)).toEqual([['Police', 'have ruled out', 'deny', 'foul play']])
  })

  it('issue-15 pleaded not guilty is a denial, read from the words after the verb', async () => {
    const cs = await claimsIn('He has pleaded not guilty to charges of aiding the enemy.')
    expect(triples(cs)).toEqual([['He', 'has pleaded', 'deny', 'not guilty to charges of aiding the enemy']])
  })

  it('issue-15 an adverb of frequency joins the cue', async () => {
    const cs = await claimsIn('Iran has always rejected those charges, insisting its atomic program is peaceful in nature.', [{ text: 'Iran', type: 'LOC' }])
    expect(triples(cs)[0]).toEqual(['Iran', 'has always rejected', 'deny', 'those charges'])
  })
})
