import { describe, expect, it } from 'vitest'
import type { Mention } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { extractClaims } from './extract.js'
import { claimTriples } from './testing/claims-of.js'

describe('what a reporting verb reports past the parser\'s slips', () => {
  it('claims read "at least four people died" as the reported clause, not a topic', async () => {
    expect(await claimTriples('Separately, police in Velsk say at least four people died in two bombings.'))
      .toEqual([['police in Velsk', 'say', 'at least four people died in two bombings']])
    // a prepositional phrase on the cue is still the topic
    expect(await claimTriples('The minister commented on the delivery of aid.')).toEqual([])
  })

  it('claims read a clause whose subject the parser took to be a time word ("says the raid Friday was …")', async () => {
    const got = await claimTriples('The offices are to open later today. The border police says the pre-dawn raid Friday was in the town of Velsk, north of the capital.')
    expect(got.map(([s, c]) => [s, c])).toEqual([['The border police', 'says']])
    expect(got[0]![2]).toMatch(/^the pre-dawn raid Friday was in the town of Velsk/)
  })

  it('claims read the clause after an adverbial and a comma ("say in one case, a bomb exploded …")', async () => {
    expect(await claimTriples('Authorities say in one case, a roadside bomb exploded near a hospital in Velsk.'))
      .toEqual([['Authorities', 'say', 'a roadside bomb exploded near a hospital in Velsk']])
    expect(await claimTriples('He said during the first raid, the soldiers found several rifles.'))
      .toEqual([['He', 'said', 'the soldiers found several rifles']])
  })

  it('claims read a speaker the parser hung on a time word ("Scottish officials Wednesday said", "On Sunday, the Grand Ayatollah … said")', async () => {
    const got = await claimTriples('Scottish officials Wednesday said about 60 people have been arrested. On Sunday, Lebanon\'s Grand Ayatollah Mohammed Hussein Fadlallah said Mr. Blair is not welcome in Beirut.', [
      { text: 'Scottish', type: 'NORP' }, { text: 'Lebanon', type: 'LOC' }, { text: 'Mohammed Hussein Fadlallah', type: 'PER' }, { text: 'Blair', type: 'PER' },
    ])
    expect(got.map(([s, c]) => [s, c])).toEqual([['Scottish officials', 'said'], ["Lebanon's Grand Ayatollah Mohammed Hussein Fadlallah", 'said']])
  })

  it('claims leave a reporting verb under "if" alone ("if donors had responded earlier, …")', async () => {
    const got = await claimTriples('Director Anna Berg says if donors had responded earlier, the cost of the operation would be lower.')
    expect(got.map(([s, c]) => [s, c])).toEqual([['Director Anna Berg', 'says']])
  })

  it('claims read a light predicate\'s clause after an adverbial ("made it clear during his press conference that …")', async () => {
    expect(await claimTriples('Stephen Townsend made it clear during his press conference that we would strike the equipment.'))
      .toEqual([['Stephen Townsend', 'made it clear', 'we would strike the equipment']])
  })
})

describe('a pronoun inside its speaker\'s own statement', () => {
  it('claims give "he" in "X told VOA he could not confirm …" the speaker, over a coreference link to someone else', async () => {
    const text = 'Mr. Dulaimi fled the city last year. A military spokesman, Mr. Adams, told VOA he could not confirm whether troops raided the house.'
    const doc = await syntaxStage.run(docBuilder(text, { mentions: [
      { text: 'Mr. Dulaimi', type: 'PER' }, { text: 'Mr. Adams', type: 'PER' }, { text: 'he', type: 'PER', kind: 'pronoun' },
    ] }), { resources: {} })
    // coreference linked the pronoun to the man named first
    const entityOf = (m: Mention): string => (m.text === 'Mr. Adams' ? 'adams' : 'dulaimi')
    const linked = { ...doc, events: [], mentions: (doc.mentions ?? []).map((m) => ({ ...m, entityId: entityOf(m) })) }
    const he = extractClaims(linked).find((c) => c.source.text === 'he')
    expect(he?.source.entityId).toBe('adams')
  })
})

describe('expectations with an object and an infinitive', () => {
  it('claims read "Forecasters expect the storm to reach …" as a hedged claim, and leave appeals and other verbs alone', async () => {
    const got = await claimTriples('Forecasters expect the storm to reach the coast by Wednesday. The minister asked the army to leave. Lawmakers are considering measures to punish the company.')
    expect(got).toEqual([['Forecasters', 'expect', 'the storm to reach the coast by Wednesday']])
  })
})
