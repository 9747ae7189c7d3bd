import { describe, expect, it } from 'vitest'
import { claimsIn } from './testing/claims-of.js'

const kinds = (claims: Awaited<ReturnType<typeof claimsIn>>) => claims.map((c) => [c.cue.text, c.kind])

describe('claims of fact and positions', () => {
  it('a reaffirmed commitment or reiterated support is a position, not a claim of fact', async () => {
    const claims = await claimsIn('The Foreign Minister reiterates Norway\'s support for the Government of Mali in the fight against the insurgents.')
    expect(kinds(claims)).toEqual([['reiterates', 'position']])
    const again = await claimsIn('The government reaffirms its commitment to help the people of Chad in this difficult time.')
    expect(kinds(again)).toEqual([['reaffirms', 'position']])
  })

  it('a state of emergency declared is the act itself, a position; a verdict declared stays a claim of fact', async () => {
    const act = await claimsIn('The governor of Varnia declared a state of emergency after the floods.')
    expect(kinds(act)).toEqual([['declared', 'position']])
    const verdict = await claimsIn('The governor of Varnia declared that the floods had destroyed the bridge.')
    expect(kinds(verdict)).toEqual([['declared', 'fact']])
  })

  it('a content that opens with a "to"-infinitive is an intention or an act, a position; after "claims" it stays a claim of fact', async () => {
    const hope = await claimsIn('The ruling coalition is hoping to win a majority in the new parliament.')
    expect(kinds(hope)).toEqual([['is hoping', 'position']])
    const declined = await claimsIn('The defence ministry has declined to comment on the report.')
    expect(declined.every((c) => c.kind === 'position')).toBe(true)
    const claimed = await claimsIn('Varnia already claims to have foiled several plots against the games.', [{ text: 'Varnia', type: 'LOC' }])
    expect(kinds(claimed)).toEqual([['already claims', 'fact']])
  })

  it('what a speaker reiterates as a clause stays a claim of fact', async () => {
    const claims = await claimsIn('The Foreign Minister reiterated that the insurgents had attacked the convoy near the border.')
    expect(kinds(claims)).toEqual([['reiterated', 'fact']])
  })

  it('agreeing to do something is a commitment; agreeing that something is so is a claim of fact', async () => {
    const commit = await claimsIn('The two ministers have agreed to target the smugglers who supply weapons to the militia.')
    expect(commit.length).toBeGreaterThan(0)
    expect(commit.every((c) => c.kind === 'position')).toBe(true)
    const fact = await claimsIn('The two ministers agreed that the militia had lost most of its ground.')
    expect(kinds(fact)).toEqual([['agreed', 'fact']])
  })

  it('what a party keeps up is an act; what a speaker maintains as said is a claim', async () => {
    const act = await claimsIn('The Northern Front maintains its campaign of terror in the north.', [{ text: 'Northern Front', type: 'ORG' }])
    expect(kinds(act)).toEqual([['maintains', 'position']])
    const said = await claimsIn('The minister maintained that the army had never met the smugglers.')
    expect(kinds(said)).toEqual([['maintained', 'fact']])
  })

  it('a verb coordinated with the cue is a second act, not what the cue reports', async () => {
    const claims = await claimsIn('Elbonian forces are advising and assisting the Northern Front near the river.', [{ text: 'Northern Front', type: 'ORG' }])
    expect(kinds(claims)).toEqual([['are advising', 'position']])
  })

  it('an accusation of a party is a claim of the accuser, as a statement of it is', async () => {
    const claims = await claimsIn('The Northern Front accused the police of using excessive force.', [{ text: 'Northern Front', type: 'ORG' }])
    expect(kinds(claims)).toEqual([['accused', 'fact']])
    const blamed = await claimsIn('Local officials blamed the rebels for the bombing of the market.')
    expect(kinds(blamed)).toEqual([['blamed', 'fact']])
  })

  it('plain reports are claims of fact', async () => {
    const claims = await claimsIn('Police said two men were arrested near the station. The army denied the report.')
    expect(claims.map((c) => c.kind)).toEqual(['fact', 'fact'])
  })
})
