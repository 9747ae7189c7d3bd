import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { findAttributions } from './attributions.js'
import type { CueLexicon } from './lexicon.js'

/** The finder on a doc with its syntax, as the claims stage runs it (cues are found by lemma). */
function find(text: string, lexicon?: CueLexicon) {
  const doc = syntaxStage.run(docBuilder(text), { resources: {} }) as AnnotatedDoc
  return findAttributions(text, doc.sentences!, doc.tokens!, { syntax: doc.syntax!, ...(lexicon ? { lexicon } : {}) }).map((a) => ({
    pattern: a.pattern,
    cue: text.slice(a.cue.start, a.cue.end),
    source: a.source ? text.slice(a.source.start, a.source.end) : undefined,
    content: a.content.map((c) => text.slice(c.start, c.end)),
    ...(a.via ? { via: text.slice(a.via.start, a.via.end) } : {}),
  }))
}

describe('findAttributions', () => {
  it('findAttributions reads cues from the lexicon it is given, one call after another', () => {
    const grumble: CueLexicon = { entries: new Map([['grumble', 1]]), restricted: new Map(), maxLen: 1 }
    const text = 'The farmer grumbled that the rain was late. Officials say that the bridge will open.'
    expect(find(text, grumble).map((a) => a.cue)).toEqual(['grumbled'])
    expect(find(text).map((a) => a.cue)).toContain('say')
    expect(find(text, grumble).map((a) => a.cue)).toEqual(['grumbled'])
  })
  it('findAttributions finds a reporting verb in any form by its lemma', () => {
    expect(find('The engineer had forecast that the dam would hold.')[0]).toMatchObject({ cue: 'had forecast', source: 'The engineer', content: ['that the dam would hold'] })
    expect(find('The mayor was making it clear that the vote would go ahead.')[0]).toMatchObject({ source: 'The mayor', content: ['that the vote would go ahead'] })
  })
  it('findAttributions reads "continue" as a cue only where it frames what was said', () => {
    expect(find('“We will rebuild the school,” the mayor continued.').find((a) => a.cue.includes('continued'))).toMatchObject({ source: 'the mayor' })
    expect(find('Fuel prices continued to rise in March.')).toHaveLength(0)
  })
  it('findAttributions does not read an act that was planned as a plan announced', () => {
    const found = find('The commission says both camps planned acts of violence after the vote.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ cue: 'says', content: ['both camps planned acts of violence after the vote'] })
  })
  it('findAttributions takes no addressee when the noun phrase after the cue has its own verb', () => {
    const a = find('Health officials warn a flu outbreak could kill thousands of people.')[0]
    expect(a).toMatchObject({ source: 'Health officials', content: ['a flu outbreak could kill thousands of people'] })
    expect(a?.via).toBeUndefined()
  })
  it('findAttributions keeps a name\'s "of" phrase in the addressee', () => {
    expect(find('The envoy urged the Government of Elbonia to reopen the border.')[0]).toMatchObject({ via: 'the Government of Elbonia', content: ['to reopen the border'] })
  })
  it('findAttributions gives the verb after a participle aside the aside\'s speaker', () => {
    expect(find('The coach, citing the advice of Dr. Lee, said the team would rest its starters.').find((a) => a.cue === 'said')).toMatchObject({
      source: 'The coach', content: ['the team would rest its starters'],
    })
  })
  it('findAttributions reads "said about half of …" as what was said', () => {
    expect(find('The finance ministry said about a third of the shortfall came from lower fuel sales.')[0]).toMatchObject({
      cue: 'said', source: 'The finance ministry', content: ['about a third of the shortfall came from lower fuel sales'],
    })
  })
  it('findAttributions does not take a quoted show title before the speaker as what was said', () => {
    const found = find('Sunday on Channel Nine’s “Morning Report,” the minister said the budget would be balanced.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ cue: 'said', source: 'the minister', content: ['the budget would be balanced'] })
  })
  it('findAttributions reads a poll opening the sentence as the source of its finding', () => {
    expect(find('In a regional TV poll released Monday, the mayor led her rival by eight points.')[0]).toMatchObject({
      cue: 'In', source: 'a regional TV poll released Monday', content: ['the mayor led her rival by eight points'],
    })
  })
  it('findAttributions reads "Asked whether …" as a question with no named asker', () => {
    const a = find('Asked on Monday whether the dam would hold, the engineer said it would.').find((x) => x.cue === 'Asked')
    expect(a).toMatchObject({ content: ['whether the dam would hold'] })
    expect(a?.source).toBeUndefined()
  })
  it('findAttributions takes the asker after "asked by" as the source of the question', () => {
    expect(find('When asked by a reporter whether the plan differed from the last one, the governor said, “You tell me.”').find((x) => x.cue === 'asked')).toMatchObject({
      source: 'a reporter', content: ['whether the plan differed from the last one'],
    })
  })
  it('findAttributions does not read a subject\'s "asked" as a question put to someone', () => {
    expect(find('The teacher asked whether the bus was late, and the driver said it was.').some((x) => x.cue === 'asked' && x.source === undefined)).toBe(false)
  })
  it('findAttributions reads a possessive noun cue with a that-clause', () => {
    expect(find('Critics laughed at the minister’s claim that the plant was safe.').find((a) => a.cue === 'claim')).toMatchObject({
      source: 'the minister', content: ['that the plant was safe'],
    })
  })
  it('findAttributions reads "the warning by X that"', () => {
    expect(find('Nobody heeded the warning by the coast guard that the storm would turn north.').find((a) => a.cue === 'warning')).toMatchObject({
      source: 'the coast guard', content: ['that the storm would turn north'],
    })
  })
  it('findAttributions reads "In her view," as an attribution to her', () => {
    expect(find('In her view, the new tariffs will hurt small farms first.')[0]).toMatchObject({
      cue: 'view', source: 'her', content: ['the new tariffs will hurt small farms first'],
    })
  })
  it('findAttributions keeps an adverb or "since" between subject and verb in the cue', () => {
    expect(find('The mayor has since insisted that the budget is balanced.')[0]).toMatchObject({
      cue: 'has since insisted', source: 'The mayor', content: ['that the budget is balanced'],
    })
    expect(find('The mayor forcefully rejected the plan.')[0]).toMatchObject({ cue: 'forcefully rejected', source: 'The mayor' })
    expect(find('The union has long maintained that the mine is unsafe.')[0]).toMatchObject({ cue: 'has long maintained', source: 'The union', content: ['that the mine is unsafe'] })
  })
  it('findAttributions takes the name before a long comma-set description as the source', () => {
    expect(find('Tom Reed, 61, Chairman of the county water board for two decades and a farmer in the valley, said the river was lower than ever.')[0]).toMatchObject({
      cue: 'said', source: 'Tom Reed, 61, Chairman of the county water board for two decades and a farmer in the valley', content: ['the river was lower than ever'],
    })
  })
  it('findAttributions takes the subject before a dashed aside as the source', () => {
    expect(find('Several farmers at the meeting — among them two dairy owners — said the new rules would ruin them.')[0]).toMatchObject({
      cue: 'said', source: 'Several farmers at the meeting — among them two dairy owners', content: ['the new rules would ruin them'],
    })
  })
  it('findAttributions does not read a label or a table row before a colon as a speaker', () => {
    expect(find('The Latest: Mayor to open new bridge on Monday')).toEqual([])
    expect(find('Kemal Aras: 1,769')).toEqual([])
  })
  it('findAttributions does not take a found object as a claim', () => {
    expect(find('The photographer found the bag under a seat on the plane.')).toEqual([])
  })
  it('findAttributions takes a name with its age and relative clause as the source', () => {
    expect(find('Amal Haddad, 61, who farms outside Nablus, says she did not hear the drones.')[0]).toMatchObject({
      cue: 'says', source: 'Amal Haddad, 61, who farms outside Nablus', content: ['she did not hear the drones'],
    })
  })
  it('findAttributions reads the clause after "said on Friday"', () => {
    expect(find('The governor said on Friday he met the candidate earlier this week.')[0]).toMatchObject({
      source: 'The governor', content: ['he met the candidate earlier this week'],
    })
  })
  it('findAttributions gives no source to "seemed to"', () => {
    const [a] = find('The plan seemed to reflect a new caution in the capital.')
    expect(a).toMatchObject({ cue: 'seemed', content: ['to reflect a new caution in the capital'] })
    expect(a?.source).toBeUndefined()
  })
  it('findAttributions gives a second verb after "but on Tuesday" the sentence subject', () => {
    expect(find('The senator opposed the bill for months, but on Tuesday wrote that she would vote for it.').find((a) => a.cue === 'wrote')).toMatchObject({
      source: 'The senator', content: ['that she would vote for it'],
    })
  })
  it('findAttributions does not take the addressee of "Ramos, 58, told AFP" as the source', () => {
    expect(find('“We will not stop,” Ramos, 58, told AFP in an interview.')[0]).toMatchObject({ cue: 'told', source: 'Ramos, 58', content: ['“We will not stop,”'] })
  })
  it('findAttributions reads "X said that …" with the subject as source', () => {
    expect(find('The minister said that the talks had failed.')).toEqual([
      { pattern: 'pre', cue: 'said', source: 'The minister', content: ['that the talks had failed'] },
    ])
  })
  it('findAttributions takes the addressee of "told" as the outlet', () => {
    const [a] = find('A senior Hamas operative told Breitbart Jerusalem that the shipment was seized.')
    expect(a).toMatchObject({ source: 'A senior Hamas operative', cue: 'told', via: 'Breitbart Jerusalem', content: ['that the shipment was seized'] })
  })
  it('findAttributions reads content before ", X said"', () => {
    expect(find('The jihadists demand the release of their associates, Almuhajer says.')[0]).toMatchObject({
      pattern: 'post', cue: 'says', source: 'Almuhajer', content: ['The jihadists demand the release of their associates'],
    })
  })
  it('findAttributions reads inverted "…,” said X, a spokesman" with the whole quote as content', () => {
    expect(find('“We will not stop,” said John Smith, a spokesman for the group.')[0]).toMatchObject({
      pattern: 'inverted', cue: 'said', source: 'John Smith, a spokesman for the group', content: ['“We will not stop,”'],
    })
  })
  it('findAttributions joins a quote interrupted by its attribution', () => {
    expect(find('“It is going well,” he said. “Police are doing their jobs.”')[0]).toMatchObject({
      source: 'he', content: ['“It is going well,”', '“Police are doing their jobs.”'],
    })
  })
  it('findAttributions follows a quote that runs over several paragraphs', () => {
    const text = 'Graham said: “We are losing.\n\n“We must change.”'
    expect(find(text)[0]).toMatchObject({ source: 'Graham', content: ['“We are losing.\n\n“We must change.”'] })
  })
  it('findAttributions reads "according to X" at the start, the end and in the middle', () => {
    expect(find('According to Almuhajer, the shipment contained explosives.')[0]).toMatchObject({ pattern: 'according', source: 'Almuhajer', content: ['the shipment contained explosives'] })
    expect(find('The shipment contained explosives, according to the source.')[0]).toMatchObject({ source: 'the source', content: ['The shipment contained explosives'] })
    expect(find('The announcement, according to the jihadist source, was meant to deceive.')[0]).toMatchObject({ source: 'the jihadist source', content: ['The announcement', 'was meant to deceive'] })
  })
  it('findAttributions gives "X said Y, according to Z" one claim, sourced to Z, holding what X said', () => {
    const found = find('On Monday, Aras said he was glad to see that Okafor was elected, according to The Daily Star.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ pattern: 'according', source: 'The Daily Star', content: ['On Monday, Aras said he was glad to see that Okafor was elected'] })
  })
  it('findAttributions sources "“…,” the judge said, according to the Post. “…”" to the Post, resumed quote included', () => {
    const found = find('“Where does it end?,” the judge said, according to the Herald. “This trial is about the families of the missing.”')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ source: 'the Herald', content: ['“Where does it end?,” the judge said', '“This trial is about the families of the missing.”'] })
  })
  it('findAttributions sources a quote reported "according to" a report to the report, with the resumed quote', () => {
    const found = find('“They have no interest in parties,” Aras said of the farmers, according to a palace pool report. “Nor do I.”')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ source: 'a palace pool report', content: ['“They have no interest in parties,” Aras said of the farmers', '“Nor do I.”'] })
  })
  it('findAttributions gives "X did Y, the Times reported" one claim, sourced to the outlet, holding X\'s claim', () => {
    const found = find('In one such letter, Okafor described how he had hidden a ledger in a drawer, the Herald reported.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ cue: 'reported', source: 'the Herald', content: ['In one such letter, Okafor described how he had hidden a ledger in a drawer'] })
  })
  it('findAttributions gives "X said Y, Reuters reported." one claim from the agency holding what X said', () => {
    const found = find('The Aras campaign said the candidate will be holding rallies in Izmir on Saturday, Reuters reported.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ cue: 'reported', source: 'Reuters', content: ['The Aras campaign said the candidate will be holding rallies in Izmir on Saturday'] })
  })
  it('findAttributions sources "X said, “…,” the Herald reported" to the outlet, not to X', () => {
    const found = find('When asked about the delay, Marlow bristled and said, “No comment,” The Daily Star reported.')
    expect(found.find((a) => a.cue === 'reported')).toMatchObject({ source: 'The Daily Star', content: ['When asked about the delay, Marlow bristled and said, “No comment,”'] })
    expect(found.some((a) => a.source === 'Marlow')).toBe(false)
  })
  it('findAttributions sources what respondents said in a poll to the poll', () => {
    const found = find('In a March Gallup-Daily Star poll, 64 percent of farmers said most ministers cannot be trusted.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ cue: 'In', source: 'a March Gallup-Daily Star poll', content: ['64 percent of farmers said most ministers cannot be trusted'] })
    expect(find('In a Daily Star/Gallup survey released last Friday, 58 percent of voters said they were worried.')[0]).toMatchObject({ source: 'a Daily Star/Gallup survey released last Friday' })
    expect(find('In the most recent Ipsos/Reuters survey, 62 percent of Okafor supporters said they would vote for Aras.')[0]).toMatchObject({ cue: 'In', source: 'the most recent Ipsos/Reuters survey' })
  })
  it('findAttributions reads "Name, age, of Town, State, said" as one source starting at the name', () => {
    expect(find('Dana Reyes, 34, of Tulsa, Okla., said she had not given up hope.')[0]).toMatchObject({ cue: 'said', source: 'Dana Reyes, 34, of Tulsa, Okla.' })
  })
  it('findAttributions reads "Asked if X had done Y, Z said" as a question with no named asker, not as X speaking', () => {
    const found = find('Asked if the general’s remarks had worried them as well, Okafor said, “Of course.”')
    expect(found.find((a) => a.cue === 'Asked')).toMatchObject({ source: undefined, content: ['if the general’s remarks had worried them as well'] })
    expect(found.find((a) => a.cue === 'said')).toMatchObject({ source: 'Okafor' })
    expect(found.some((a) => a.source === 'the general’s remarks')).toBe(false)
  })
  it('findAttributions leaves a prepositional aside between the speaker and the verb out of the source', () => {
    expect(find('Mr. Aras, in an interview on Friday, said the dam would be built.')[0]).toMatchObject({ cue: 'said', source: 'Mr. Aras', content: ['the dam would be built'] })
    expect(find('Amal Haddad, 61, who farms outside Nablus, says she will vote.')[0]).toMatchObject({ source: 'Amal Haddad, 61, who farms outside Nablus' })
  })
  it('findAttributions keeps an appositive after "according to X" in the source', () => {
    expect(find('Turnout fell sharply, according to Sarah Smith, a professor at Yale.')[0]).toMatchObject({ source: 'Sarah Smith, a professor at Yale', content: ['Turnout fell sharply'] })
  })
  it('findAttributions takes a quote closed by a comma and followed by "NP verb" as attributed, whatever the verb', () => {
    expect(find('“That would have been a sign of good will,” Marlow fumed on Tuesday.')[0]).toMatchObject({ cue: 'fumed', source: 'Marlow', content: ['“That would have been a sign of good will,”'] })
  })
  it('findAttributions takes the quote in the next paragraph after "X continued:"', () => {
    const text = 'Okafor continued:\n\n“The prices charged at this market explain why the farmers are angry.”'
    expect(find(text)[0]).toMatchObject({ cue: expect.stringMatching(/^continued:?$/), source: 'Okafor', content: ['“The prices charged at this market explain why the farmers are angry.”'] })
  })
  it('findAttributions reads a quote ended in the sentence before "Okafor said."', () => {
    expect(find('"Why doesn\'t anyone ask the farmers?" Okafor said.')[0]).toMatchObject({ source: 'Okafor', content: ['"Why doesn\'t anyone ask the farmers?"'] })
  })
  it('findAttributions keeps appositives in the source and continues it into "adding"', () => {
    const got = find('Abu Baker Almuhajer, an Islamic State operative, confirmed the report, adding that the group demanded a share.')
    expect(got[0]).toMatchObject({ cue: 'confirmed', source: 'Abu Baker Almuhajer, an Islamic State operative', content: ['the report'] })
    expect(got[1]).toMatchObject({ pattern: 'participle', cue: 'adding', source: 'Abu Baker Almuhajer, an Islamic State operative', content: ['that the group demanded a share'] })
  })
  it('findAttributions ignores reporting verbs inside a quote', () => {
    const got = find('Graham said, “I believe we are losing the vote because they think we don’t like them.”')
    expect(got).toHaveLength(1)
    expect(got[0]!.cue).toBe('said')
  })
  it('findAttributions gives a cue inside "when asked whom …" no attribution of its own and the answer its speaker', () => {
    const found = find('When asked whom she supported, Okafor smiled and said she was waiting.')
    expect(found.find((a) => a.cue === 'said')).toMatchObject({ source: 'Okafor', content: ['she was waiting'] })
    expect(found.some((a) => a.cue === 'supported')).toBe(false)
  })
  it('findAttributions reads a verbless headline after a name and colon as a claim, but not a photo credit', () => {
    expect(find('Lynch: No Outside Influence on Water Inquiry\n\nText follows here.')[0]).toMatchObject({ pattern: 'colon', source: 'Lynch', content: ['No Outside Influence on Water Inquiry'] })
    expect(find('Photo: John Smith of the Daily Star\n\nText follows here.')).toEqual([])
  })
  it('findAttributions reads a headline colon as an attribution', () => {
    expect(find('Haddad: Council Ignoring Farmers Again\n\nText follows here.')[0]).toMatchObject({ pattern: 'colon', source: 'Haddad', content: ['Council Ignoring Farmers Again'] })
  })
  it('findAttributions keeps "said when asked" out of the content', () => {
    expect(find('"Of course I would," Brennan said when asked whether he would resign.')[0]).toMatchObject({ source: 'Brennan', content: ['"Of course I would,"'] })
  })
  it('findAttributions reads a passive "claimed by X"', () => {
    expect(find('Both attacks were claimed by the Islamic State group.')[0]).toMatchObject({ source: 'the Islamic State group', content: ['Both attacks'] })
  })
  it('findAttributions gives a participle the subject set off by commas, not the aside after it', () => {
    expect(find('Mr. Aras, in an interview on Friday, barely touched on his rivals, saying that he was already planning the next campaign.').find((a) => a.cue === 'saying')).toMatchObject({
      pattern: 'participle', cue: 'saying', source: 'Mr. Aras', content: ['that he was already planning the next campaign'],
    })
  })
  it('findAttributions gives "put out a statement saying" the subject, not the statement', () => {
    expect(find('Her office put out a statement saying the province does not have the funds.')[0]).toMatchObject({
      cue: 'saying', source: 'Her office', content: ['the province does not have the funds'],
    })
  })
  it('findAttributions leaves a dateline out of a second verb\'s source', () => {
    expect(find('ERBIL, Iraq (Reuters) - Prime Minister Kemal Aras met survivors on Thursday and said the country must act.')[0]).toMatchObject({
      cue: 'said', source: 'Prime Minister Kemal Aras', content: ['the country must act'],
    })
  })
  it('findAttributions gives an infinitive after a prepositional object the clause subject, but keeps the object of "forced" or "left"', () => {
    expect(find('Halvorsen did go out of her way to criticize the finance ministry more broadly on Tuesday.')[0]).toMatchObject({ cue: expect.stringMatching(/^(to )?criticize$/), source: 'Halvorsen' })
    expect(find('The deadline forced the candidates to admit that the plan had failed.')[0]).toMatchObject({ source: 'the candidates' })
    expect(find('The scandal left the voters to wonder whether the plan had failed.')[0]).toMatchObject({ cue: expect.stringMatching(/^(to )?wonder$/), source: 'the voters' })
  })
  it('findAttributions gives a participle after "while", "by" or a fronted "after" the main clause\'s subject', () => {
    expect(find('She vowed to rebuild the party\'s support, while acknowledging that this will be hard.').find((a) => a.cue === 'acknowledging')).toMatchObject({
      source: 'She', content: ['that this will be hard'],
    })
    expect(find('After saying he was afraid to speak up, the farmer ended up at the front of the hall.')[0]).toMatchObject({
      cue: 'saying', source: 'the farmer', content: ['he was afraid to speak up'],
    })
  })
  it('findAttributions reads an inverted source with a relative clause that holds a cue of its own', () => {
    expect(find('But that is not enough, said Lena Fischer, a senior economist at Nordbank, who notes that prices have risen.').find((a) => a.cue === 'said')).toMatchObject({
      pattern: 'inverted', content: ['But that is not enough'],
    })
    expect(find('The minister’s fall may have been more surprising to her own party, said several observers.')[0]).toMatchObject({ cue: 'said', source: 'several observers' })
  })
  it('findAttributions takes the agent of a passive as the source and the question after it as the content', () => {
    expect(find('Okafor’s resignation was first reported by Reuters.')[0]).toMatchObject({ source: 'Reuters', content: ['Okafor’s resignation'] })
    expect(find('Aras was asked by host Maria Lopez whether his plan was similar to Ataturk\'s.')[0]).toMatchObject({
      cue: 'was asked', source: 'host Maria Lopez', content: ['whether his plan was similar to Ataturk\'s'],
    })
  })
  it('findAttributions gives a passive with no agent its subject as the content and no source', () => {
    const a = find('When the Haddad case was argued in March, the judges were divided.')[0]
    expect(a).toMatchObject({ cue: 'was argued', content: ['the Haddad case'] })
    expect(a?.source).toBeUndefined()
  })
  it('findAttributions gives "X, who chairs the committee, said" the name with its relative clause, even when the clause holds cues', () => {
    expect(find('Senator Ruth Alder, who chairs the Foreign Relations Committee, said that the deal was dead.')[0]).toMatchObject({
      cue: 'said', source: 'Senator Ruth Alder, who chairs the Foreign Relations Committee', content: ['that the deal was dead'],
    })
    expect(find('Senator Ruth Alder, who has met privately with the president and been mentioned as a running mate, said the deal was dead.').find((a) => a.cue === 'said')?.source).toMatch(/^Senator Ruth Alder/)
  })
  it('findAttributions lets a closing "…, his brother added." take a content that holds other verbs', () => {
    expect(find('He and his wife had just moved into a new flat two weeks ago, his sister added.')).toEqual([
      expect.objectContaining({ pattern: 'post', cue: 'added', source: 'his sister', content: ['He and his wife had just moved into a new flat two weeks ago'] }),
    ])
  })
  it('findAttributions reads "the group asked whether …", "he’s said …" and a quantifier subject', () => {
    expect(find('The union asked whether candidates supported the minimum wage bill.')[0]).toMatchObject({
      cue: 'asked', source: 'The union', content: ['whether candidates supported the minimum wage bill'],
    })
    expect(find('While he’s said he believes the tax is unfair, he’s also voted to raise it twice.')[0]).toMatchObject({
      cue: '’s said', source: 'he', content: ['he believes the tax is unfair'],
    })
    expect(find('Voters were worried about the economy; most said they were very worried.').find((a) => a.cue === 'said')).toMatchObject({ source: 'most' })
  })
  it('findAttributions continues the speaker across "…,” adding, “…”" and through "raising" verbs before a cue', () => {
    expect(find('Aras told the BBC that his rival “had a reckless plan,” adding, “He lost every rural province.”').find((a) => a.cue === 'adding')).toMatchObject({
      source: 'Aras', content: ['“He lost every rural province.”'],
    })
    expect(find('She appeared to imply that the general could bring more upheaval.')[0]).toMatchObject({ cue: 'appeared to imply', source: 'She' })
  })
  it('findAttributions does not read "other Western states" or "a program called X" as reporting verbs', () => {
    expect(find('The party has turned in stronger showings in the north and other coastal states.')).toEqual([])
    expect(find('Marlow now helps lead a program called Safe Streets First.')).toEqual([])
  })
  it('findAttributions gives a verb after a comma that continues a clause the clause\'s subject, not its object', () => {
    expect(find('The Interior Ministry repeatedly obscured facts, admitted it withheld files.')[0]).toMatchObject({ cue: 'admitted', source: 'The Interior Ministry' })
  })
  it('findAttributions gives ", saying" the main clause\'s subject, not a speaker of a clause inside what was said', () => {
    const a = find('The minister posted a short video message, saying, “We will rebuild every bridge.”').find((x) => x.cue === 'saying')
    expect(a).toMatchObject({ source: 'The minister', content: ['“We will rebuild every bridge.”'] })
    // fronted phrases and a place's state before the subject are not the subject
    expect(find('At a rally in Mosul, Iraq, on Sunday, the governor tried to calm the crowd, saying that the army would stay.').find((x) => x.cue === 'saying')).toMatchObject({
      source: 'the governor', content: ['that the army would stay'],
    })
  })
  it('findAttributions reads a report after its clause ("…, documents show." / "…, analysts say;")', () => {
    expect(find('The ministry paid the contractor twice last year, court documents show.')[0]).toMatchObject({
      pattern: 'post', source: 'court documents', content: ['The ministry paid the contractor twice last year'],
    })
    expect(find('The ceasefire will not hold past the winter, most analysts say; in 2019 a similar truce lasted a month.')[0]).toMatchObject({
      pattern: 'post', cue: 'say', source: 'most analysts', content: ['The ceasefire will not hold past the winter'],
    })
  })
  it('findAttributions gives a participle opening the sentence the subject after its comma', () => {
    expect(find('One week after announcing his candidacy, the senator still believes he can win.').find((x) => x.cue === 'announcing')).toMatchObject({
      source: 'the senator', content: ['his candidacy'],
    })
    expect(find('In addition to stating that the border was closed, the spokesman said the port stayed open.').find((x) => x.cue === 'stating')).toMatchObject({
      source: 'the spokesman', content: ['that the border was closed'],
    })
  })
  it('findAttributions keeps "…, X said, adding that …" as X\'s claim holding the cues before it, and X as the speaker of "adding"', () => {
    const found = find('The commander intends to move two brigades north this month, the spokesman said, adding that the airport would reopen.')
    expect(found.find((x) => x.cue === 'said')).toMatchObject({ source: 'the spokesman', content: ['The commander intends to move two brigades north this month'] })
    expect(found.find((x) => x.cue === 'adding')).toMatchObject({ source: 'the spokesman', content: ['that the airport would reopen'] })
    const inverted = find('In the north, a region that the rebels hoped to hold, the fighting will be long, said Omar Haddad, a local official.')
    expect(inverted.find((x) => x.cue === 'said')).toMatchObject({ source: 'Omar Haddad, a local official', content: ['In the north, a region that the rebels hoped to hold, the fighting will be long'] })
  })
  it('findAttributions keeps a phrase in quotes and a "which" aside inside what was said', () => {
    expect(find('Haddad said that he had “no idea” if the convoy had been told to turn back.')[0]).toMatchObject({
      cue: 'said', source: 'Haddad', content: ['that he had “no idea” if the convoy had been told to turn back'],
    })
    expect(find('The mayor said that the new curfew, which critics call a punishment, was needed.')[0]).toMatchObject({
      content: ['that the new curfew, which critics call a punishment, was needed'],
    })
  })
  it('findAttributions reads a name the tagger takes for a word ("Jolly said") and "respond to" as cues with their speakers', () => {
    expect(find('Jolly said he would be careful with the budget.')[0]).toMatchObject({ cue: 'said', source: 'Jolly', content: ['he would be careful with the budget'] })
    expect(find('The defence ministry did not respond to our written questions.')[0]).toMatchObject({
      source: 'The defence ministry', content: ['our written questions'],
    })
  })
  it('findAttributions does not read a clause before a colon or a relative clause\'s noun as a speaker', () => {
    expect(find('The goal: to move the refugees before the rains begin.')).toEqual([])
    expect(find('At issue: a plan that would move the border crossing south.')).toEqual([])
    expect(find('He praised the new “levy,” which he described as making sure companies pay.').some((x) => x.pattern === 'post')).toBe(false)
    expect(find('It was exactly the kind of shift the party warned about in its report.').some((x) => x.pattern === 'post')).toBe(false)
  })
  it('findAttributions keeps NYT-style \'\' quotes with their own speakers and reads a possessive apostrophe as no quote mark', () => {
    const found = find("The couple worried that the bombing would harden attitudes. ''We are students,'' Ms. Haddad said. ''We are not soldiers.'' Mr. Karim said: ''The attack was the work of terrorists.''")
    expect(found.find((x) => x.source === 'Ms. Haddad')).toMatchObject({ content: ["''We are students,''", "''We are not soldiers.''"] })
    expect(found.find((x) => x.source === 'Mr. Karim')).toMatchObject({ content: ["''The attack was the work of terrorists.''"] })
    expect(find('"The campaign is changing the country," Jeff Lowe, Aras\' campaign manager, said in a statement.')[0]).toMatchObject({
      cue: 'said', source: "Jeff Lowe, Aras' campaign manager",
    })
  })
  it('findAttributions reads "those surveyed said" as a subject and a plural noun after "to" as no verb', () => {
    expect(find('Again, those surveyed said the governor was best able to handle the crisis.')[0]).toMatchObject({ cue: 'said', source: 'those surveyed' })
    expect(find('Funding choices belong to states under the charter, they said.')).toEqual([
      expect.objectContaining({ cue: 'said', source: 'they', content: ['Funding choices belong to states under the charter'] }),
    ])
  })
  it('findAttributions splits "X did say A and called B" into two claims of X', () => {
    const found = find('Okafor did say he found the envoy “very charming” and called his chances “excellent.”')
    expect(found.map((x) => [x.cue, x.source])).toEqual([['did say', 'Okafor'], ['called', 'Okafor']])
    expect(found[0]!.content).toEqual(['he found the envoy “very charming”'])
  })
  it('findAttributions reads inverted and closing cues with "said of …", a memo or a time clause after them, and triple apostrophes', () => {
    expect(find("''They were rivals, but also partners,'' Omar Haddad, the mayor's former press secretary, said of the years in office.")[0]).toMatchObject({
      cue: 'said', source: "Omar Haddad, the mayor's former press secretary", content: ["''They were rivals, but also partners,''"],
    })
    expect(find('“Who do they think they are?” Aras said of the banks in February, when the loans were called in.')[0]).toMatchObject({
      cue: 'said', source: 'Aras', content: ['“Who do they think they are?”'],
    })
    expect(find('Ten files were moved to a locked archive, Nadia Karim, the deputy director for records, wrote in a note to the inspector.')[0]).toMatchObject({
      cue: 'wrote', source: 'Nadia Karim, the deputy director for records', content: ['Ten files were moved to a locked archive'],
    })
    expect(find("He knew him well. ''I would call him 'a throwback,''' said Gregory Lane, a former envoy.").find((x) => x.cue === 'said')).toMatchObject({
      source: 'Gregory Lane, a former envoy', content: ["''I would call him 'a throwback,'''"],
    })
  })
  it('findAttributions reads "sees X as Y", "argued for X" and "Asked by X to respond …"', () => {
    expect(find('The mayor is hopeful, in part because he sees the governor as a uniter.')[0]).toMatchObject({ cue: 'sees', source: 'he', content: ['the governor as a uniter'] })
    expect(find('The former prosecutor publicly argued for a new inquiry into the killings.')[0]).toMatchObject({
      cue: 'publicly argued for', source: 'The former prosecutor', content: ['a new inquiry into the killings'],
    })
    const asked = find('Asked by the host to respond to the general’s criticism, Okafor said, “He is wrong.”')
    expect(asked.find((x) => x.cue === 'Asked')).toMatchObject({ source: 'the host', content: ['to respond to the general’s criticism'] })
    expect(asked.find((x) => x.cue === 'said')).toMatchObject({ source: 'Okafor', content: ['“He is wrong.”'] })
    expect(find('When the agency asked Haddad about the report, the envoy said he needed a day.').find((x) => x.cue === 'said')?.source).toBe('the envoy')
  })
  it('findAttributions reads light-verb idioms, verbs of criticism and held stances as cues', () => {
    expect(find('The governor took issue with the new tariffs on steel.')[0]).toMatchObject({ cue: 'took issue with', source: 'The governor', content: ['the new tariffs on steel'] })
    expect(find('The envoy has made no secret of his contempt for the talks.')[0]).toMatchObject({ cue: 'has made no secret of', source: 'The envoy' })
    expect(find('The minister lambasted the central bank for its slow response.')[0]).toMatchObject({ cue: 'lambasted', source: 'The minister' })
    expect(find('The senator was critical of the plan to close the border.')[0]).toMatchObject({ cue: 'was critical of', source: 'The senator', content: ['the plan to close the border'] })
  })
  it('findAttributions leaves a quote after a colon to the speaker who closes it', () => {
    const found = find('Aras asserted that the army had lost its nerve: “The army is no longer an army,” he claimed.')
    expect(found.find((x) => x.cue === 'asserted')).toMatchObject({ source: 'Aras', content: ['that the army had lost its nerve'] })
    expect(found.find((x) => x.cue === 'claimed')).toMatchObject({ source: 'he', content: ['“The army is no longer an army,”'] })
  })
  it('findAttributions does not take a day opening the sentence for a speaker', () => {
    const found = find('Sunday, on the BBC’s “World Update,” while commenting on the floods, Governor Amal Haddad said the dams had held.')
    expect(found.find((x) => x.cue === 'commenting')).toMatchObject({ source: 'Governor Amal Haddad', content: ['on the floods'] })
    expect(found.find((x) => x.cue === 'said')).toMatchObject({ source: 'Governor Amal Haddad', content: ['the dams had held'] })
  })
  it('findAttributions reads "has been asked to …" as a request with no named asker, and a question after "Whenever asked"', () => {
    const a = find('The minister has been asked to publish the contracts.')[0]
    expect(a).toMatchObject({ cue: 'has been asked', content: ['to publish the contracts'] })
    expect(a?.source).toBeUndefined()
    expect(find('Whenever asked about the budget, the aides changed the subject.')[0]).toMatchObject({ cue: 'asked', content: ['about the budget'] })
  })
  it('findAttributions looks past a prepositional aside to the speaker and past "an interview aired on Monday" after the cue', () => {
    expect(find('Haddad, in the wake of a survey showing his support down to 14 percent, told the radio on Sunday that he would stay.').find((x) => x.cue === 'told')).toMatchObject({
      source: 'Haddad', content: ['that he would stay'],
    })
    expect(find('“We will not bargain,” Aras told a local station in an interview aired on Monday when asked about the talks.')[0]).toMatchObject({
      pattern: 'post', cue: 'told', source: 'Aras', content: ['“We will not bargain,”'],
    })
  })
  it('findAttributions reads curly "n’t" like a straight one', () => {
    expect(find('Most officials don’t think the truce can hold through the winter.')[0]).toMatchObject({
      cue: 'don’t think', source: 'Most officials', content: ['the truce can hold through the winter'],
    })
  })
})
