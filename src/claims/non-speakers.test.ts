import { describe, expect, it } from 'vitest'
import { claimsIn } from './testing/claims-of.js'

describe('sources that name nobody', () => {
  it('claims give no claim to a negated subject ("No group has claimed …", "No one has said …")', async () => {
    const claims = await claimsIn('A bomb exploded near the market in the northern city on Monday. No group has claimed responsibility for the blast. No one has said who planted the device.')
    expect(claims.map((c) => c.source.text)).toEqual([])
  })

  it('claims keep a negated speaker\'s neighbour: "Police said" after "No group has claimed" still speaks', async () => {
    const claims = await claimsIn('No group has claimed responsibility for the attack. Police said the attackers fled on foot.')
    expect(claims.map((c) => c.source.text)).toEqual(['Police'])
  })
})

describe('time words as sources', () => {
  it('claims never give a day or a week as a source', async () => {
    const claims = await claimsIn('The meeting follows statements from senior Democrats, whose party won control of Congress last week, who said their priority will be a change of course.')
    expect(claims.some((c) => /^(last week|week)$/i.test(c.source.text))).toBe(false)
  })

  it('claims keep the name the parser hangs under a day ("Asked about the dispute Wednesday, Mr. Larijani said")', async () => {
    const claims = await claimsIn('Asked about the dispute Wednesday, Mr. Larijani said it is important for Iran to continue cooperating with the agency.')
    expect(claims.find((c) => c.cue.text === 'said')?.source.text).toMatch(/Larijani$/)
  })

  it('claims keep a speaker named under a day and a place ("Saturday at the party convention Sen. Jane Doe said")', async () => {
    const claims = await claimsIn("Saturday at the Massachusetts Democratic state's party convention Sen. Jane Doe said the plan was a proven failure.")
    expect(claims.find((c) => c.cue.text === 'said')?.source.text).toMatch(/Doe/)
  })
})
