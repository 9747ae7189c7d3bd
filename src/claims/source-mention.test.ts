import { describe, expect, it } from 'vitest'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { corefSyntaxStage } from '../pipeline/stages/coref.js'
import { extractClaims } from './extract.js'
import { claimsOf } from './testing/claims-of.js'

async function speakers(text: string, mentions: MentionSpec[]) {
  return (await claimsOf(text, mentions)).map(({ claim: c, mention }) => [c.source.text, mention ?? null, c.source.anonymous])
}

describe('source mention', () => {
  it('a definite office is the person who opens the next sentence as a speaker, after a title ("Mr. Lane said")', async () => {
    const out = await speakers('The former governor of the province says the vote was a victory. Mr. Lane said the turnout proved the critics wrong.',
      [{ text: 'Lane', type: 'PER' }])
    expect(out[0]).toEqual(['The former governor of the province', 'Lane', false])
  })

  it('"the president-elect" is the person titled President-elect before it', async () => {
    const out = await speakers('President-elect Maria Ortiz spoke in the capital on Monday. But the president-elect said the reforms will take years.',
      [{ text: 'Maria Ortiz', type: 'PER' }])
    expect(out.find((x) => x[0] === 'the president-elect')).toEqual(['the president-elect', 'Maria Ortiz', false])
  })

  it('an office-holder is not the person named right after the cue ("An Israeli spokesman says Karim was detained")', async () => {
    const out = await speakers('An army spokesman says Karim Nasser was detained because he is a member of the group.',
      [{ text: 'Karim Nasser', type: 'PER' }])
    expect(out).toEqual([['An army spokesman', null, true]])
  })

  it('a descriptor followed by a name with no comma is that person', async () => {
    expect(await speakers('The head of the regional water authority Maria Delgado told reporters the dam had held.',
      [{ text: 'Maria Delgado', type: 'PER' }])).toEqual([['The head of the regional water authority Maria Delgado', 'Maria Delgado', false]])
  })
  it('a descriptor with a titled name in apposition after a comma is that person', async () => {
    expect(await speakers('A local water official, regional water chief Maria Delgado, said the dam had held.',
      [{ text: 'Maria Delgado', type: 'PER' }])).toEqual([['A local water official, regional water chief Maria Delgado', 'Maria Delgado', false]])
  })
  it('a spokesman for a named person speaks for that person and stays anonymous', async () => {
    expect(await speakers('A spokesman for Governor Maria Delgado said the dam had held.',
      [{ text: 'Maria Delgado', type: 'PER' }])).toEqual([['A spokesman for Governor Maria Delgado', 'Maria Delgado', true]])
  })
  it('a state\'s ministry, and an official of a state\'s ministry, speak for the state', async () => {
    expect(await speakers("Chile's Health Ministry said two more cases were found. An Iraqi Defense Ministry official said the road was closed.", [
      { text: 'Chile', type: 'NORP' }, { text: 'Health Ministry', type: 'ORG' }, { text: 'Iraqi', type: 'NORP' }, { text: 'Defense Ministry', type: 'ORG' },
    ])).toEqual([["Chile's Health Ministry", 'Chile', true], ['An Iraqi Defense Ministry official', 'Iraqi', true]])
  })
  it('a relative "who" after a full name gives the whole name, not its last word', async () => {
    const got = await speakers('Mr. Bush made those comments after talks with German Chancellor Angela Merkel, who said the community should not be intimidated.', [
      { text: 'Bush', type: 'PER' }, { text: 'Angela Merkel', type: 'PER' },
    ])
    expect(got.find((g) => g[1] === 'Angela Merkel')).toBeDefined()
  })
  it('unnamed officials speak for the body their descriptor names', async () => {
    const r = await speakers('Moldovan officials said the border would reopen on Friday. A spokesman for the Interior Ministry said the crossing was closed.',
      [{ text: 'Moldovan', type: 'NORP' }, { text: 'Interior Ministry', type: 'ORG' }])
    expect(r).toEqual([['Moldovan officials', 'Moldovan', true], ['A spokesman for the Interior Ministry', 'Interior Ministry', true]])
  })
  it('a government the source phrase names by its people or country speaks for that country', async () => {
    expect(await speakers('The Moldovan government said the border would reopen on Friday.', [{ text: 'Moldovan', type: 'NORP' }]))
      .toEqual([['The Moldovan government', 'Moldovan', true]])
    expect(await speakers('The government of Varnia says the talks failed.', [{ text: 'Varnia', type: 'LOC' }]))
      .toEqual([['The government of Varnia', 'Varnia', true]])
  })
  it('authorities in a country speak for it', async () => {
    expect(await speakers('Authorities in Moldova said the border would reopen on Friday.', [{ text: 'Moldova', type: 'LOC' }]))
      .toEqual([['Authorities in Moldova', 'Moldova', true]])
  })
  it('residents, and one person\'s place after "in", are no body a source speaks for', async () => {
    const r = await speakers('Residents of Lindau said the bridge had collapsed. A judge in Lagos said the trial would resume in May.',
      [{ text: 'Lindau', type: 'LOC' }, { text: 'Lagos', type: 'LOC' }])
    expect(r).toEqual([['Residents of Lindau', null, true], ['A judge in Lagos', null, true]])
  })
  it('a named source is the name that heads its phrase, not a body before it', async () => {
    expect(await speakers('Interior Ministry Secretary Tomas Brandt Friday in Leipzig said the border would reopen.',
      [{ text: 'Interior Ministry', type: 'ORG' }, { text: 'Tomas Brandt', type: 'PER' }, { text: 'Leipzig', type: 'LOC' }]).then((r) => r.map((x) => x[1])))
      .toEqual(['Tomas Brandt'])
  })
  it('a coordinated source is the name of its first conjunct', async () => {
    const r = await speakers('The United States and its allies believe Iran is seeking nuclear weapons.', [{ text: 'United States', type: 'LOC' }, { text: 'Iran', type: 'LOC' }])
    expect(r.map((x) => x[1])).toEqual(['United States'])
  })
})

describe('a description coreference linked speaks as the name', () => {
  it('source mention: "The group said" after a named group is that group, named, its text as written', async () => {
    const text = 'The Kestrel Liberation Front attacked an army convoy on Monday. The group said its fighters had killed six soldiers.'
    const doc = await corefSyntaxStage.run(await syntaxStage.run(docBuilder(text, { mentions: [{ text: 'Kestrel Liberation Front', type: 'ORG' }] }), { resources: {} }), { resources: {} })
    const byId = new Map((doc.mentions ?? []).map((m) => [m.id, m.text]))
    const [claim] = extractClaims({ ...doc, events: [] })
    expect(claim?.source.text).toBe('The group')
    expect(claim?.source.anonymous).toBe(false)
    expect(byId.get(claim?.source.mentionId ?? '')).toBe('Kestrel Liberation Front')
  })
})
