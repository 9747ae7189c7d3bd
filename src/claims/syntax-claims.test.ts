import { describe, expect, it } from 'vitest'
import { extractClauses } from '../syntax/clauses.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { statementParagraphs } from './colon-statement.js'
import { extractClaims } from './extract.js'
import { claimsIn } from './testing/claims-of.js'
import { claimStanceOf, reportingStance, reportsFact } from './reporting-verbs.js'

describe('claims from syntax', () => {
  it('reporting verbs table gives stance by lemma and keeps directives out of facts', () => {
    expect(reportingStance('deny')).toBe('deny')
    expect(reportingStance('confirm')).toBe('confirm')
    expect(reportingStance('allege')).toBe('allege')
    expect(reportsFact('urge')).toBe(false)
    expect(reportsFact('intend')).toBe(false)
    expect(reportsFact('say')).toBe(true)
    expect(claimStanceOf('deny', true)).toBe('confirm')
    expect(claimStanceOf('allege', false)).toBe('assert')
  })

  it('claims source is the speaker, not a fragment before it', async () => {
    const claims = await claimsIn('In February we announced that the convoy would leave Madaya within a week.')
    expect(claims.map((c) => c.source.text)).toEqual(['we'])
  })

  it('claims drop sources that name no speaker', async () => {
    const claims = await claimsIn('These sanctions demonstrate that the regime has no regard for civilians.\n\nThe ministry said the strikes would continue.', [{ text: 'ministry', type: 'ORG' }])
    expect(claims.map((c) => c.source.text)).toEqual(['The ministry'])
  })

  it('claims read a statement after "said:" and give its "I" to the speaker', async () => {
    const text = 'The Foreign Secretary said:\n\nI welcome the report of the inquiry. We will study it carefully.\n\nThe weather in London was fine.'
    const claims = await claimsIn(text)
    const said = claims.find((c) => c.cue.text === 'said')!
    expect(said.source.text).toBe('The Foreign Secretary')
    expect(said.content.text).toBe('I welcome the report of the inquiry. We will study it carefully.')
    const welcome = claims.find((c) => c.cue.text === 'welcome')
    if (welcome) expect(welcome.source.antecedentClaimId).toBe(said.id)
  })

  it('claims keep appeals and intentions out ("urged", "intends")', async () => {
    const claims = await claimsIn('The minister urged the council to act. Officials said the road was closed.')
    expect(claims.map((c) => c.cue.text)).toEqual(['said'])
  })

  it('claims recognise denials by lemma', async () => {
    const claims = await claimsIn('The army spokesman rejected reports that soldiers had fired on the crowd.')
    expect(claims[0]).toMatchObject({ stance: 'deny' })
  })

  it('claims resolve "he" to the nearest compatible speaker', async () => {
    const claims = await claimsIn('Cook said the department would publish the figures. He added that the count was not final.', [{ text: 'Cook', type: 'PER' }])
    const added = claims.find((c) => c.cue.text.includes('added'))!
    const said = claims.find((c) => c.cue.text === 'said')!
    expect(added.source.antecedentClaimId).toBe(said.id)
  })

  it('statement paragraphs stop at a paragraph that no longer speaks in the first person', () => {
    const text = 'X said:\n\nWe act.\n\nOur aim is peace.\n\nThe talks end today.'
    const parts = statementParagraphs(text, 'X said:'.length).map((p) => text.slice(p.start, p.end))
    expect(parts).toEqual(['We act.', 'Our aim is peace.'])
  })

  it('claims read light reporting predicates: "made it clear", "is clear that", "have no doubt"', async () => {
    const made = await claimsIn('The general made it clear that the army would not withdraw from the town.')
    expect(made.map((c) => [c.source.text, c.cue.text])).toEqual([['The general', 'made it clear']])
    const clear = await claimsIn('The council is clear that the siege of the town is unlawful.')
    expect(clear.map((c) => c.source.text)).toEqual(['The council'])
    expect(clear[0]!.content.text).toContain('the siege of the town is unlawful')
    const doubt = await claimsIn('The envoy has no doubt that the talks will succeed.')
    expect(doubt.map((c) => c.cue.text)).toEqual(['has no doubt'])
  })

  it('claims take a conjoined reporting verb with its shared subject ("thanked …, and noted …")', async () => {
    const claims = await claimsIn('The minister thanked the mayor for his help, and noted the growing role of the police in the city.')
    expect(claims.map((c) => [c.source.text, c.cue.text])).toEqual([['The minister', 'noted']])
  })

  it('claims are statements: no claim from an act on a noun phrase or a topic', async () => {
    const claims = await claimsIn('The ministry condemned the attacks on the market. The envoy commented on the talks. The army said the road was closed.')
    expect(claims.map((c) => c.cue.text)).toEqual(['said'])
  })

  it('claims: a topic after a time word is no content ("who agreed today on the structure …"), an opening phrase of a parenthetical is', async () => {
    const claims = await claimsIn('We thank the 116 delegates, who agreed today on the structure of their negotiating body. Also in the past 24 hours, Davis said, the coalition conducted five airstrikes.', [{ text: 'Davis', type: 'PER' }])
    expect(claims.map((c) => [c.source.text, c.cue.text])).toEqual([['Davis', 'said']])
  })

  it('claims read a body\'s assessment as a hedged claim, and assessing a thing as none', async () => {
    const claims = await claimsIn('The Coalition assesses that the strikes destroyed the headquarters building. Engineers are assessing the damage to the bridge.')
    expect(claims.map((c) => [c.source.text, c.cue.text, c.stance])).toEqual([['The Coalition', 'assesses', 'hedge']])
  })

  it('claims find the speaker the parser hangs on a fronted participle ("Speaking today Mr Ellis said:")', async () => {
    const claims = await claimsIn('Speaking today Mr Ellis said:\n\nWe will keep the crossing open for aid.', [{ text: 'Ellis', type: 'PER' }])
    expect(claims.map((c) => c.source.text)).toEqual(['Mr Ellis'])
  })

  it('claims take a titled name, a noun that tells and a share of those polled as speakers', async () => {
    const claims = await claimsIn('Party counsel Jamie Okafor said the probe is ongoing.\n\nThe gambling tycoon told reporters that the meeting went well.\n\nTwenty-four percent said they were more likely to vote for him.', [{ text: 'Jamie Okafor', type: 'PER' }])
    expect(claims.map((c) => c.source.text)).toEqual(['Party counsel Jamie Okafor', 'The gambling tycoon', 'Twenty-four percent'])
  })

  it('claims give no source to a noun before a verb that only sometimes speaks ("would deny IS a haven")', async () => {
    const claims = await claimsIn('The capture of the town would deny the militants a safe haven, officials said.')
    expect(claims.map((c) => c.source.text)).toEqual(['officials'])
  })

  it('claims keep a name the parser hung in apposition to a fronted phrase ("In his email, NAME told …")', () => {
    const d = docBuilder('In his email, Karim Haddad told members that the vote was off.', { mentions: [{ text: 'Karim Haddad', type: 'PER' }] })
    // the parse a real article got: "Karim" in apposition to "email", so "told" has no subject
    const rows: Array<[string, string, number, string]> = [['in', 'ADP', 2, 'case'], ['his', 'PRON', 2, 'nmod:poss'], ['email', 'NOUN', 6, 'obl'],
      [',', 'PUNCT', 4, 'punct'], ['Karim', 'PROPN', 2, 'appos'], ['Haddad', 'PROPN', 4, 'flat'], ['tell', 'VERB', -1, 'root'],
      ['member', 'NOUN', 6, 'iobj'], ['that', 'SCONJ', 12, 'mark'], ['the', 'DET', 10, 'det'], ['vote', 'NOUN', 12, 'nsubj'],
      ['be', 'AUX', 12, 'cop'], ['off', 'ADV', 6, 'ccomp'], ['.', 'PUNCT', 6, 'punct']]
    expect(d.tokens).toHaveLength(rows.length)
    const tokens = rows.map(([lemma, upos, head, deprel]) => ({ lemma, upos, head, deprel }))
    const clauses = extractClauses({ head: rows.map((r) => r[2]), deprel: rows.map((r) => r[3]), lemma: rows.map((r) => r[0]), upos: rows.map((r) => r[1]) })
    const claims = extractClaims({ ...d, syntax: { parser: 'test', tokens, sentences: [{ clauses }] }, events: [] })
    expect(claims.map((c) => [c.source.text, c.cue.text])).toEqual([['Karim Haddad', 'told']])
  })

  it('claims find speakers the parser hangs elsewhere: the subject of a fronted participle, a name after a fronted phrase, an outlet', async () => {
    const text = 'Officials, speaking on condition of anonymity, said the commander had been killed.\n\n' +
      'In an interview with the BBC, Lindqvist said the siege must end.\n\nState television reported that the army had retaken the hill.'
    const claims = await claimsIn(text, [{ text: 'BBC', type: 'ORG' }, { text: 'Lindqvist', type: 'PER' }])
    expect(claims.map((c) => c.source.text)).toEqual(['Officials', 'Lindqvist', 'State television'])
  })

  it('claims read a noun with a participle after a verb of evidence as a statement ("the poll showed X leading")', async () => {
    const claims = await claimsIn('A new poll showed Moreno leading the race by six points.\n\nThe ministry has demonstrated the unity of the coalition.', [{ text: 'Moreno', type: 'PER' }])
    expect(claims.map((c) => [c.source.text, c.cue.text])).toEqual([['A new poll', 'showed']])
  })

  it('claims read what a document shows or predicts as its content, also as a noun phrase ("The report shows a rise in exports")', async () => {
    const text = 'The trade report shows a slight rise in exports of machinery.\n\nThe central bank study predicts a modest recovery next year.\n\nThe ministry has demonstrated the unity of the coalition.'
    const claims = await claimsIn(text)
    expect(claims.map((c) => [c.source.text, c.cue.text, c.content.text, c.stance])).toEqual([
      ['The trade report', 'shows', 'a slight rise in exports of machinery', 'assert'],
      ['The central bank study', 'predicts', 'a modest recovery next year', 'hedge'],
    ])
  })
})
