import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { claimsIn } from './testing/claims-of.js'

describe('claims of press releases and statements', () => {
  it('claims read what a body informs or briefs someone of ("informed the embassy that …")', async () => {
    const claims = await claimsIn('The ministry informed the embassy that the border crossing would remain closed.\n\n' +
      'Officials briefed the council that the convoy had been hit by an airstrike.')
    expect(claims.map((c) => [c.source.text, c.cue.text, c.content.text])).toEqual([
      ['The ministry', 'informed', 'the border crossing would remain closed'],
      ['Officials', 'briefed', 'the convoy had been hit by an airstrike'],
    ])
  })

  it('claims leave a relative clause on the object alone ("thanked the embassy that sheltered …")', async () => {
    const claims = await claimsIn('The ministry thanked the embassy that had sheltered the refugees.')
    expect(claims).toEqual([])
  })

  it("claims give a body's view in its own voice as asserted, a quoted or hedged one as a hedge", async () => {
    const body: MentionSpec[] = [{ text: 'United States', type: 'ORG' }]
    const own = await claimsIn('The United States condemns the attack on the convoy. We believe that the regime bears responsibility for the strike.', body)
    expect(own.map((c) => [c.cue.text, c.stance])).toEqual([['believe', 'assert']])
    const hedged = await claimsIn('The United States condemns the attack on the convoy. We believe the regime may have used chemical weapons.', body)
    expect(hedged.map((c) => [c.cue.text, c.stance])).toEqual([['believe', 'hedge']])
    const quoted = await claimsIn('The United States condemns the attack. "We believe that the regime bears responsibility," the minister said.', body)
    expect(quoted.find((c) => c.cue.text === 'said')?.stance).toBe('assert')
    expect(quoted.filter((c) => c.cue.text === 'believe').map((c) => c.stance)).not.toContain('assert')
  })

  it('claims read a denial of what was said before ("Iran denies this."), and no denial by a thing', async () => {
    const claims = await claimsIn('Western powers say Iran is seeking nuclear weapons. Iran denies this.\n\nThe offensive will deny the militants a haven.', [{ text: 'Iran', type: 'LOC' }])
    expect(claims.map((c) => [c.source.text, c.cue.text, c.stance])).toEqual([['Western powers', 'say', 'assert'], ['Iran', 'denies', 'deny']])
  })

  it('claims give a statement put out by a speaker to that speaker ("issued a statement saying …"), once', async () => {
    const claims = await claimsIn('On arrival, Mr. Hu delivered a statement saying the friendship is conducive to peace.\n\n' +
      'The Pentagon released a statement on Monday saying that the strike had killed three commanders.', [{ text: 'Hu', type: 'PER' }, { text: 'Pentagon', type: 'ORG' }])
    expect(claims.map((c) => [c.source.text, c.cue.text])).toEqual([['Mr. Hu', 'saying'], ['The Pentagon', 'saying']])
  })

  it('claims read a titled speaker with a participle adjective in order ("A purported spokesman, NAME, claimed …")', async () => {
    const claims = await claimsIn('A purported Taleban spokesman, Abdul Latif Hakimi, claimed responsibility for the deadly attack.', [{ text: 'Abdul Latif Hakimi', type: 'PER' }])
    expect(claims.map((c) => [c.source.text, c.content.text])).toEqual([['A purported Taleban spokesman, Abdul Latif Hakimi', 'responsibility for the deadly attack']])
  })
})
