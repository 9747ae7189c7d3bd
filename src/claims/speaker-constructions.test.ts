import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { extractClaims } from './extract.js'
import { claimsIn } from './testing/claims-of.js'

describe('speakers the subject does not hold', () => {
  it('claims take the named speaker, not the title in apposition to the name', async () => {
    const claims = await claimsIn('Gen. Mark Hale, commander of the Northern Brigade said, "We have secured the bridge and the road to the city."', [{ text: 'Mark Hale', type: 'PER' }])
    expect(claims.map((c) => c.source.text)).toEqual([expect.stringContaining('Mark Hale')])
  })

  it('claims read the speaker of "Responding to X, NAME, TITLE said:" and the statement after the colon', async () => {
    const text = 'Responding to the report Anna Berg, the EU Special Representative for Libya said:\n\nThe report makes grim reading. We will press for accountability.\n\nThe weather was fine.'
    const claims = await claimsIn(text, [{ text: 'Anna Berg', type: 'PER' }])
    const said = claims.find((c) => c.cue.text === 'said')
    expect(said?.source.text).toBe('Anna Berg')
    expect(said?.content.text).toContain('The report makes grim reading.')
  })

  it('claims read "provided the following statement:" as a report by the subject', async () => {
    const text = 'The commander, Gen. Omar Khalid, provided the following statement on the offensive:\n\nThe operation has begun and it will continue until the city is free.\n\nOther news followed.'
    const claims = await claimsIn(text, [{ text: 'Omar Khalid', type: 'PER' }])
    const stmt = claims.find((c) => c.cue.text.startsWith('provided'))
    expect(stmt?.source.text).toContain('Omar Khalid')
    expect(stmt?.content.text).toContain('The operation has begun')
  })
})

describe('subject before the cue', () => {
  it('claims read "TITLE, NAME, said CLAUSE" with the name as source, not as what was said', async () => {
    const claims = await claimsIn("Mr. Brown's former campaign manager, Peter Lang, said the staff member who replaced him, Paul Grey, should be fired over the leak.", [{ text: 'Peter Lang', type: 'PER' }, { text: 'Paul Grey', type: 'PER' }])
    const said = claims.find((c) => c.cue.text === 'said')
    expect(said?.source.text).toContain('Peter Lang')
    expect(said?.content.text).toContain('should be fired')
  })
})

describe('acts that look like reports', () => {
  it('claims read "to counter X" as an act and "countered that …" as a report', async () => {
    const claims = await claimsIn('The Small Group regularly meets to coordinate efforts to counter the militia. The minister countered that the talks had failed.', [{ text: 'Small Group', type: 'ORG' }])
    expect(claims.map((c) => c.cue.text)).toEqual(['countered'])
  })
})

describe('participles that report for the clause they hang on', () => {
  it('claims give "…, promising aid and saying …" the subject of the clause the participles hang on', async () => {
    const claims = await claimsIn('On Monday the minister visited the camp in the north, promising aid and saying the border would stay open.')
    expect(claims.map((c) => [c.source.text, c.cue.text])).toEqual([['the minister', 'saying']])
  })

  it('claims give "X did Y, telling Z that …" its subject when the parser makes the participle the root', async () => {
    const claims = await claimsIn('Hours later, the governor returned the compliment to the envoy, telling Reuters that the talks were going well.')
    expect(claims.map((c) => [c.source.text, c.cue.text])).toEqual([['the governor', 'telling']])
  })
})

describe('speaker nouns and verbs of saying', () => {
  it('claims take a body, an agent noun or a document as the subject of a verb of saying', async () => {
    const claims = await claimsIn('The airline added that all passengers were safe. A local unionist noted that the plant had been closed for a week. The emails show that the convoy was warned.')
    expect(claims.map((c) => c.source.text)).toEqual(['The airline', 'A local unionist', 'The emails'])
  })

  it('claims take "those" as a speaker only as the subject', async () => {
    const claims = await claimsIn('Those surveyed said the war should end soon. We support those who reject violence.')
    expect(claims.map((c) => [c.source.text, c.cue.text])).toEqual([['Those surveyed', 'said']])
  })
})

describe('constructions of wire news', () => {
  it('claims read "X was quoted as saying …" and "the agency quoted X as saying …" with the one quoted as source', async () => {
    const claims = await claimsIn('The minister was quoted as saying the talks had failed. The agency quoted General Omar Saleh as saying the rebels had fled.', [{ text: 'Omar Saleh', type: 'PER' }])
    expect(claims.map((c) => [c.source.text, c.content.text])).toEqual([['The minister', 'the talks had failed'], ['General Omar Saleh', 'the rebels had fled']])
  })

  it('claims read "blamed X for Y" as an allegation', async () => {
    const claims = await claimsIn('Police blamed the rebels for the attack.')
    expect(claims.map((c) => [c.source.text, c.cue.text, c.hedges])).toEqual([['Police', 'blamed', ['blame']]])
  })

  it('claims take "The official, who spoke on condition of anonymity, said" as the source of what was said', async () => {
    const claims = await claimsIn('The official, who spoke on condition of anonymity, said the convoy was hit.')
    expect(claims.map((c) => [c.source.text, c.content.text])).toEqual([['The official, who spoke on condition of anonymity', 'the convoy was hit']])
  })

  it('claims name a document without the participle that dates it', async () => {
    const claims = await claimsIn('An EU statement released Friday says the meeting is aimed at a common approach. The report, released Tuesday, says more than 1,000 civilians died.')
    expect(claims.map((c) => c.source.text)).toEqual(['An EU statement', 'The report'])
  })

  it('claims take "Officials familiar with the case said" as the source', async () => {
    const claims = await claimsIn('Officials familiar with the case said the men were freed.')
    expect(claims.map((c) => c.source.text)).toEqual(['Officials familiar with the case'])
  })

  it('claims read "X reports officials are doing …" when the parser takes the officials for the object', async () => {
    const claims = await claimsIn('The Daily Star reports water ministry officials are doing a site survey near the dam.', [{ text: 'Daily Star', type: 'ORG' }])
    expect(claims.map((c) => [c.source.text, c.content.text])).toEqual([['The Daily Star', 'water ministry officials are doing a site survey near the dam']])
  })

  it('claims read "X says troops detained …" parsed with the troops as the object of "says" (issue-15)', async () => {
    const claims = await claimsIn('The U.S. military says troops detained four suspected insurgents near Mosul.')
    expect(claims.map((c) => [c.source.text, c.cue.text, c.content.text])).toEqual([['The U.S. military', 'says', 'troops detained four suspected insurgents near Mosul']])
  })

  it('claims read "A spokesman, who asked not to be named, said …" with the spokesman as source', async () => {
    const claims = await claimsIn('A NATO spokesman, who asked not to be named, said the strike hit a compound.', [{ text: 'NATO', type: 'ORG' }])
    expect(claims.map((c) => [c.source.text, c.cue.text, c.content.text])).toEqual([['A NATO spokesman', 'said', 'the strike hit a compound']])
  })

  it('claims take "An official, who …, told" as the source when the tagger reads "official" as an adjective', async () => {
    const claims = await claimsIn('An official, who declined to be identified, told VOA the talks had collapsed.', [{ text: 'VOA', type: 'ORG' }])
    expect(claims.find((c) => c.cue.text === 'told')?.source.text).toBe('An official')
  })
})

describe('a date is never a speaker', () => {
  it('claims take the body, not the day the parser reads as the subject ("The Turkish military said Thursday that …")', async () => {
    const claims = await claimsIn('The Turkish military said Thursday that it targeted 13 rebel camps near the border.', [{ text: 'Turkish', type: 'NORP' }])
    expect(claims.map((c) => c.source.text)).toEqual(['The Turkish military'])
  })
})

describe('a statement in its own voice', () => {
  it('claims take "we" outside quotes as the body the statement names as its subject', async () => {
    const text = 'The Republic of Elbonia condemns the attack on the market. As we have repeatedly made clear, the Republic of Elbonia supports the unity of the country. We believe his presence in the country is among the most effective ways to help.'
    const doc: AnnotatedDoc = await syntaxStage.run(docBuilder(text, { mentions: [{ text: 'Republic of Elbonia', type: 'LOC' }] }), { resources: {} })
    const claims = extractClaims({ ...doc, events: [] })
    const body = doc.mentions!.find((m) => m.text === 'Republic of Elbonia')!
    expect(claims.map((c) => [c.source.text, c.source.mentionId])).toEqual([['we', body.id], ['We', body.id]])
  })

  it('claims never give "we" inside a quote to the body the statement names', async () => {
    const text = 'The Republic of Elbonia condemns the attack. "We believe the road is open," said Anna Berg.'
    const doc: AnnotatedDoc = await syntaxStage.run(docBuilder(text, { mentions: [{ text: 'Republic of Elbonia', type: 'LOC' }, { text: 'Anna Berg', type: 'PER' }] }), { resources: {} })
    const claims = extractClaims({ ...doc, events: [] })
    const body = doc.mentions!.find((m) => m.text === 'Republic of Elbonia')!
    expect(claims.find((c) => c.source.text === 'Anna Berg')).toBeDefined()
    expect(claims.filter((c) => c.source.mentionId === body.id)).toEqual([])
  })
})

describe('a minister\'s statement', () => {
  it('claims give "we" in a minister\'s statement after a colon to the state, "I" to the minister', async () => {
    const text = 'The Republic of Elbonia condemns the attack on the market. The Republic of Elbonia sent aid.\n\nForeign Minister Anna Berg said:\n\nI believe the attack was planned for weeks. We acknowledge that we need to do more to protect the market.\n\nThe weather was fine.'
    const doc: AnnotatedDoc = await syntaxStage.run(docBuilder(text, { mentions: [{ text: 'Republic of Elbonia', type: 'LOC' }, { text: 'Anna Berg', type: 'PER' }] }), { resources: {} })
    const claims = extractClaims({ ...doc, events: [] })
    const body = doc.mentions!.find((m) => m.text === 'Republic of Elbonia')!
    const berg = doc.mentions!.find((m) => m.text === 'Anna Berg')!
    expect(claims.find((c) => c.cue.text === 'acknowledge')?.source.mentionId).toBe(body.id)
    expect(claims.find((c) => c.cue.text === 'believe')?.source.mentionId).toBe(berg.id)
  })
})

describe('acts claimed by their author', () => {
  it('claims read the agent of "claimed by" and the subject of "for which X has claimed responsibility" as the source, the act as the content', async () => {
    const text = 'The ministry condemned the attacks in the capital, including one in the old city claimed by the Northern Front that targeted a market. The minister condemned the bombing of the bridge, for which the Northern Front has claimed responsibility.'
    const claims = await claimsIn(text, [{ text: 'Northern Front', type: 'ORG' }])
    expect(claims.filter((c) => c.cue.text === 'claimed').map((c) => c.source.text)).toEqual(['the Northern Front', 'the Northern Front'])
  })

  it('claims leave a relative clause that claims a statement to the patterns ("in which organisers claimed 400 delegates took part")', async () => {
    const claims = await claimsIn('The rally, in which organisers claimed 400 delegates took part, ended at noon.')
    expect(claims.every((c) => !c.content.text.startsWith('The rally'))).toBe(true)
  })
})

describe('colon statements after a fronted participle', () => {
  it('claims take the paragraphs after "Speaking today, Minister X said:" as the content, not the fronted phrase', async () => {
    const text = 'The minister welcomes the news.\n\nSpeaking today, Minister Anna Berg said:\n\nI welcome the news that the army has raised the flag again in the town. We will keep working with the government.\n\nThe weather was fine.'
    const claims = await claimsIn(text, [{ text: 'Anna Berg', type: 'PER' }])
    const said = claims.find((c) => c.cue.text === 'said')
    expect(said?.content.text).toContain('I welcome the news')
  })
})

describe('cues that report nothing', () => {
  it('claims never read an adjective on a noun as a cue ("for their determined and sustained efforts")', async () => {
    const claims = await claimsIn('I commend Kurdish and Yezidi fighters for their determined and sustained efforts to reclaim the town.')
    expect(claims.map((c) => c.cue.text)).toEqual([])
  })
})

describe('reports with no author', () => {
  it('claims read "reports that CLAUSE" as a claim of the reports, and leave an authored report to its author', async () => {
    const claims = await claimsIn('Commenting on reports that Northern Front forces have reached the ancient city of Tadmur, Minister Anna Berg said: The presence of the Front in the ancient site is a tragedy. His report that the road was closed was wrong.')
    expect(claims.filter((c) => c.cue.text === 'reports').map((c) => c.source.text)).toEqual(['reports'])
    expect(claims.find((c) => c.cue.text === 'reports')?.content.text).toMatch(/^Northern Front forces have reached/)
    expect(claims.some((c) => c.source.text === 'report')).toBe(false)
  })
})

describe('verbs with a sense of evidence', () => {
  it('claims never take a thing as the speaker of "affirm" ("This attack … affirms the need …"), a person still speaks', async () => {
    const claims = await claimsIn('This attack once again displays the cruelty of the militia and affirms the need for international resolve to strengthen those on the ground. The minister affirmed that the talks would resume.')
    expect(claims.map((c) => c.source.text)).toEqual(['The minister'])
  })
})

describe('the named person of a descriptor', () => {
  it('claims read "A ministry spokesman, NAME," as that person, not an anonymous source', async () => {
    const claims = await claimsIn('A ministry spokesman, Karl Brandt, told reporters the border would reopen on Monday.', [{ text: 'Karl Brandt', type: 'PER' }])
    const told = claims.find((c) => c.cue.text === 'told')
    expect(told?.source).toMatchObject({ anonymous: false })
    expect(told?.source.mentionId).toBeDefined()
    expect(told?.source.descriptor).toBeUndefined()
  })

  it('claims take the name that closes a title, not the organisation or person the title names', async () => {
    const text = "Marko Petrov's chief defense lawyer Anna Berg said the court would hear the appeal."
    const doc: AnnotatedDoc = await syntaxStage.run(docBuilder(text, { mentions: [{ text: 'Marko Petrov', type: 'PER' }, { text: 'Anna Berg', type: 'PER' }] }), { resources: {} })
    const said = extractClaims({ ...doc, events: [] }).find((c) => c.cue.text === 'said')
    const berg = doc.mentions!.find((m) => m.text === 'Anna Berg')!
    expect(said?.source.mentionId).toBe(berg.id)
  })
})
