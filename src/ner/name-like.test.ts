import { describe, expect, it } from 'vitest'
import type { SentenceSpan } from './consistency.js'
import { CASE_BUCKET, GAZ, Lexicon } from './lexicon.js'
import { markUnnamedSpans } from './rules.js'

const lexicon = new Lexicon({
  gazetteer: [['Zarqan Front', 1 << GAZ.ARMED_GROUP], ['ZF', 1 << GAZ.ARMED_GROUP], ['Minister', 1 << GAZ.TITLE], ['Secretary', 1 << GAZ.TITLE], ['Secretary of State', 1 << GAZ.TITLE], ['Cardinal', 1 << GAZ.TITLE], ['Capt.', 1 << GAZ.TITLE], ['General', 1 << GAZ.TITLE],
    ['Lower Dravia', 1 << GAZ.REGION], ['Halim', 1 << GAZ.FIRST_NAME], ['Dravian', 1 << GAZ.DEMONYM], ['Central Coast', 1 << GAZ.REGION],
    ['the', 1 << GAZ.FIRST_NAME]],
  caseProfile: [['ministers', CASE_BUCKET.LOWER], ['cardinals', CASE_BUCKET.CAP], ['secretaries', CASE_BUCKET.MIXED], ['sentries', CASE_BUCKET.MOSTLY_LOWER],
    ['united', CASE_BUCKET.MOSTLY_CAP], ['coast', CASE_BUCKET.CAP]],
  orgKinds: [],
})
const span = (start: number, end: number, type: SentenceSpan['type']): SentenceSpan => ({ sentence: 0, start, end, type, score: 0.9 })
/** The types the filter leaves on the spans of a tokenised sentence. */
function kept(sentence: string, spans: Array<[string, SentenceSpan['type']]>): string[] {
  const words = sentence.split(' ')
  const at = (text: string) => { const t = text.split(' '); const i = words.findIndex((_, k) => t.every((x, j) => words[k + j] === x)); return span(i, i + t.length, 'LOC') }
  const out = markUnnamedSpans(words, spans.map(([text, type]) => ({ ...at(text), type })), lexicon)
  return out.map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)
}

describe('name-like heads', () => {
  it('a disease or its virus is no organisation, though written like one', () => {
    expect(kept('new HIV infections in Qarvel', [['HIV', 'ORG'], ['Qarvel', 'LOC']])).toEqual(['MISC HIV', 'LOC Qarvel'])
  })

  it('a religion as a system of belief is no actor or place, though the model reads it as a person', () => {
    expect(kept('Buddhism forbids it , monks in Qarvel said', [['Buddhism', 'PER'], ['Qarvel', 'LOC']])).toEqual(['MISC Buddhism', 'LOC Qarvel'])
  })

  it('the rest of a title cut off by the model names nothing; a place after a plain title stays', () => {
    expect(kept('Secretary of State Halim Qarvi met the Secretary of Lower Dravia', [['State', 'ORG'], ['Lower Dravia', 'LOC']]))
      .toEqual(['MISC State', 'LOC Lower Dravia'])
  })

  it('a pronoun at the start of a sentence is no organisation; the country written US is one', () => {
    expect(kept('We remain committed to US aid', [['We', 'ORG'], ['US', 'LOC']])).toEqual(['MISC We', 'LOC US'])
  })

  it('a body\'s generic head alone names nothing; the body named in full, or the head without "the", stays', () => {
    expect(kept('the Council said Qarvel must act', [['Council', 'ORG'], ['Qarvel', 'LOC']])).toEqual(['MISC Council', 'LOC Qarvel'])
    expect(kept('the Dravian Council said', [['Dravian Council', 'ORG']])).toEqual(['ORG Dravian Council'])
    expect(kept('Council members met', [['Council', 'ORG']])).toEqual(['ORG Council'])
    expect(kept('The Department , through its envoy , works', [['Department', 'ORG']])).toEqual(['MISC Department'])
  })

  it('a measurement names no place', () => {
    expect(kept('the fighters retook 9,500 square kilometers of territory', [['9,500 square kilometers of territory', 'LOC']])).toEqual(['MISC 9,500 square kilometers of territory'])
  })

  it('months, holidays and equipment are no places or actors, but a place named after nothing of the sort stays', () => {
    expect(kept('It broke the peace of Ramadan in Qarvel', [['Ramadan', 'LOC'], ['Qarvel', 'LOC']])).toEqual(['MISC Ramadan', 'LOC Qarvel'])
    expect(kept('strikes destroyed an IED near Qarvel', [['IED', 'ORG'], ['Qarvel', 'LOC']])).toEqual(['MISC IED', 'LOC Qarvel'])
    expect(kept('greetings on Dravia \'s Unity Day from Qarvel', [['Unity', 'LOC'], ['Qarvel', 'LOC']])).toEqual(['MISC Unity', 'LOC Qarvel'])
    expect(kept('rallies marked Qarvel Liberation Day', [['Qarvel Liberation Day', 'ORG']])).toEqual(['MISC Qarvel Liberation Day'])
  })

  it('a holiday read as a person is none, a month read as one is left to the person cues; a unit after its number is no name', () => {
    expect(kept('crowds in Qarvel celebrated Mardi Gras', [['Qarvel', 'LOC'], ['Mardi Gras', 'PER']])).toEqual(['LOC Qarvel', 'MISC Mardi Gras'])
    expect(kept('the station broadcasts on 7115 Khz from Qarvel', [['Khz', 'PER'], ['Qarvel', 'LOC']])).toEqual(['MISC Khz', 'LOC Qarvel'])
    expect(kept('Dravin Khz spoke in Qarvel', [['Dravin Khz', 'PER'], ['Qarvel', 'LOC']])).toEqual(['PER Dravin Khz', 'LOC Qarvel'])
  })

  it('issue-17 a storm named after its word is no place or person; a name after other words stays', () => {
    expect(kept('Hurricane Velmora struck Qarvel', [['Velmora', 'LOC'], ['Qarvel', 'LOC']])).toEqual(['MISC Velmora', 'LOC Qarvel'])
    expect(kept('Before Hurricane Velmora struck , Qarvel emptied', [['Velmora', 'PER'], ['Qarvel', 'LOC']])).toEqual(['MISC Velmora', 'LOC Qarvel'])
    expect(kept('the remnants of Tropical Storm Velmora reached Qarvel', [['Velmora', 'PER'], ['Qarvel', 'LOC']])).toEqual(['MISC Velmora', 'LOC Qarvel'])
    expect(kept('Cyclone Velmora struck Qarvel', [['Cyclone Velmora', 'PER'], ['Qarvel', 'LOC']])).toEqual(['MISC Cyclone Velmora', 'LOC Qarvel'])
    expect(kept('the National Hurricane Center in Qarvel', [['National Hurricane Center', 'ORG'], ['Qarvel', 'LOC']])).toEqual(['ORG National Hurricane Center', 'LOC Qarvel'])
    expect(kept('the storm hit Velmora in Qarvel', [['Velmora', 'PER'], ['Qarvel', 'LOC']])).toEqual(['PER Velmora', 'LOC Qarvel'])
  })

  it('a description of a building or unit held by a group is no name; a named complex or tribe is', () => {
    expect(kept('destroyed a ZF - held building', [['ZF - held building', 'LOC']])).toEqual(['MISC ZF - held building'])
    expect(kept('engaged a Zarqan Front tactical unit', [['Zarqan Front tactical unit', 'ORG']])).toEqual(['MISC Zarqan Front tactical unit'])
    expect(kept('members of the Al Bu Kareem tribe', [['Al Bu Kareem tribe', 'ORG']])).toEqual(['ORG Al Bu Kareem tribe'])
    expect(kept('seize the Al Nour hospital complex', [['Al Nour hospital complex', 'LOC']])).toEqual(['LOC Al Nour hospital complex'])
  })

  it('a code word read as a person is none; a person with a first name is one', () => {
    expect(kept('When prompted , enter Passkey 4471920 .', [['Passkey', 'PER']])).toEqual(['MISC Passkey'])
    expect(kept('a multilateral exercise early next year , Silver Harpoon , will follow', [['Silver Harpoon', 'PER']])).toEqual(['MISC Silver Harpoon'])
    expect(kept('the exercise was led by Halim Qasrawi', [['Halim Qasrawi', 'PER']])).toEqual(['PER Halim Qasrawi'])
  })

  it('a title with its portfolio, or titles in the plural, are no persons or organisations', () => {
    expect(kept('The Minister for Lower Dravia spoke', [['Minister for Lower Dravia', 'PER']])).toEqual(['MISC Minister for Lower Dravia'])
    expect(kept('Ministers discussed the crisis', [['Ministers', 'ORG']])).toEqual(['MISC Ministers'])
    expect(kept('the Cardinals won', [['Cardinals', 'ORG']])).toEqual(['ORG Cardinals'])
  })

  it('a title read as an organisation before the name it belongs to is none; the person after it stays', () => {
    expect(kept('questions from Dravian Navy Capt. Halim Qasrawi', [['Dravian Navy Capt.', 'ORG'], ['Halim Qasrawi', 'PER']]))
      .toEqual(['MISC Dravian Navy Capt.', 'PER Halim Qasrawi'])
    expect(kept('Lower Dravia Army General Halim Qasrawi met them', [['Lower Dravia Army General', 'ORG']])).toEqual(['MISC Lower Dravia Army General'])
    expect(kept('The Interior and Defence Secretaries attended', [['Interior and Defence Secretaries', 'ORG']])).toEqual(['MISC Interior and Defence Secretaries'])
  })

  it('people of a kind by a plural head are no organisation; a known group of that shape is', () => {
    expect(kept('Forty-Two Reserve Airmen from the wing deployed', [['Forty-Two Reserve Airmen', 'ORG']])).toEqual(['MISC Forty-Two Reserve Airmen'])
    expect(kept('Coastal Volunteers joined the defence of Qarvel', [['Coastal Volunteers', 'ORG'], ['Qarvel', 'LOC']])).toEqual(['MISC Coastal Volunteers', 'LOC Qarvel'])
    expect(kept('the Zarqan Front fighters', [['Zarqan Front', 'ORG']])).toEqual(['ORG Zarqan Front'])
  })

  it('a common word capitalised only because it opens the sentence is no name; the same shape inside it can be', () => {
    expect(kept('Sentries from the brigade met Halim Qasrawi', [['Sentries', 'ORG'], ['Halim Qasrawi', 'PER']])).toEqual(['MISC Sentries', 'PER Halim Qasrawi'])
    expect(kept('" Sentries stood guard , " he said', [['Sentries', 'ORG']])).toEqual(['MISC Sentries'])
    expect(kept('United , we will prevail', [['United', 'ORG']])).toEqual(['ORG United'])
    expect(kept('Qarvel fell', [['Qarvel', 'LOC']])).toEqual(['LOC Qarvel'])
  })

  it('a sports event or a festival is no actor or place; a one-word name or a person is left', () => {
    expect(kept('she returns at the Qarvel Hardcourt Championships next week', [['Qarvel Hardcourt Championships', 'LOC']])).toEqual(['MISC Qarvel Hardcourt Championships'])
    expect(kept('before the Dravian Winter Games opened', [['Dravian Winter Games', 'ORG']])).toEqual(['MISC Dravian Winter Games'])
    expect(kept('Games said it would sell', [['Games', 'ORG']])).toEqual(['ORG Games'])
    expect(kept('Halim Cup scored', [['Halim Cup', 'PER']])).toEqual(['PER Halim Cup'])
  })

  it('an unseen participle opening the sentence before a noun of people modifies it; a name or an acronym there stays', () => {
    expect(kept('Underranked officers from each unit met', [['Underranked', 'ORG']])).toEqual(['MISC Underranked'])
    expect(kept('Qarvel officers met', [['Qarvel', 'LOC']])).toEqual(['LOC Qarvel'])
    expect(kept('QVU officials met', [['QVU', 'ORG']])).toEqual(['ORG QVU'])
    expect(kept('Qarvel said officers met', [['Qarvel', 'LOC']])).toEqual(['LOC Qarvel'])
    expect(kept('Zarqan Front fighters met', [['Zarqan Front', 'ORG']])).toEqual(['ORG Zarqan Front'])
  })

  it('a nationality adjective before a common noun names no group; before a name head it can', () => {
    expect(kept('Coastal Dravian fighters joined', [['Coastal Dravian', 'ORG']])).toEqual(['MISC Coastal Dravian'])
    expect(kept('the Free Dravian army held', [['Free Dravian', 'ORG']])).toEqual(['ORG Free Dravian'])
  })

  it('a span opening with a lower-case word was cut in the wrong place; a name particle opens names', () => {
    expect(kept('he will travel to Ambassador Halim Qasrawi', [['to Ambassador Halim Qasrawi', 'PER']])).toEqual(['MISC to Ambassador Halim Qasrawi'])
    expect(kept('a video of al Zarqan Front', [['al Zarqan Front', 'ORG']])).toEqual(['ORG al Zarqan Front'])
  })

  it('a "person" of title words only is an office, not its holder', () => {
    expect(kept('through its Senior Advisor for the resettlement', [['Senior Advisor', 'PER']])).toEqual(['MISC Senior Advisor'])
    expect(kept('Bent Orvik , the Special Advisor to Ambassador Dunmore for the Central Coast , will travel', [['Special Advisor to Ambassador Dunmore for the Central Coast', 'PER']]))
      .toEqual(['MISC Special Advisor to Ambassador Dunmore for the Central Coast'])
    expect(kept('Minister for the Coast Dana Prell said', [['Minister for the Coast Dana Prell', 'PER']])).toEqual(['PER Minister for the Coast Dana Prell'])
    expect(kept('Deputy Special Envoy Halim Qasrawi', [['Deputy Special Envoy Halim Qasrawi', 'PER']])).toEqual(['PER Deputy Special Envoy Halim Qasrawi'])
  })
})
