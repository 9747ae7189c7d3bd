import { describe, expect, it } from 'vitest'
import { GAZ, Lexicon } from './lexicon.js'
import { applyTypeEvidence } from './type-evidence.js'
import { span, stepOver } from './testing/spans.js'

const lexicon = new Lexicon({
  gazetteer: [['Zembla', 1 << GAZ.COUNTRY], ['Corp', 1 << GAZ.ORG_WORD], ['Zemblan', 1 << GAZ.DEMONYM], ['Varnapur', 1 << GAZ.CITY],
    ['Tarsia', (1 << GAZ.CITY) | (1 << GAZ.REGION)], ['Osk', (1 << GAZ.CITY) | (1 << GAZ.COUNTRY)]],
  caseProfile: [],
  orgKinds: [],
})
const run = stepOver(applyTypeEvidence, lexicon)

describe('type evidence', () => {
  it('type evidence makes a name after a modified group noun an organisation, in every sentence of the document', () => {
    const text = ['The international aid organization Kelvaro says food is short .', 'Kelvaro \'s director flew to Zembla .']
    expect(run(text, [span(0, 4, 5, 'PER'), span(1, 0, 1, 'PER'), span(1, 5, 6, 'LOC')])).toEqual(['ORG Kelvaro', 'ORG Kelvaro', 'LOC Zembla'])
    // a bare "the group" before a name is the end of another phrase: "told the group Smith would come"
    expect(run(['He told the group Dravin would come .'], [span(0, 4, 5, 'PER')])).toEqual(['PER Dravin'])
  })

  it('type evidence makes a name after a lower-case office a person, but not after an adjective or with a company word', () => {
    expect(run(['Former vice president Ostrumo has died .'], [span(0, 3, 4, 'ORG')])).toEqual(['PER Ostrumo'])
    expect(run(['A major Velcor refinery burned .'], [span(0, 2, 3, 'ORG')])).toEqual(['ORG Velcor'])
    expect(run(['The president Velcor Corp named .'], [span(0, 2, 4, 'ORG')])).toEqual(['ORG Velcor Corp'])
  })

  it('type evidence makes a four-word name after a lower-case office a person through the document, but no four-word place or body', () => {
    const text = ['Police detained opposition leader Daw Mya Thet Oo .', 'Daw Mya Thet Oo remains at home .']
    expect(run(text, [span(0, 4, 8, 'LOC'), span(1, 0, 4, 'LOC')])).toEqual(['PER Daw Mya Thet Oo', 'PER Daw Mya Thet Oo'])
    // four words are read only by an office: a unit noun after them does not make them a place
    expect(run(['Officials of the Ondara Vel Mar Tosk state parliament said .'], [span(0, 3, 7, 'ORG')])).toEqual(['ORG Ondara Vel Mar Tosk'])
  })

  it('type evidence makes a known town the text calls a place a place, and leaves it as the model typed it otherwise', () => {
    expect(run(['Fighting spread to the central city of Varnapur .', 'Varnapur says it is calm .'], [span(0, 7, 8, 'PER'), span(1, 0, 1, 'ORG')]))
      .toEqual(['LOC Varnapur', 'LOC Varnapur'])
    expect(run(['Varnapur says it is calm .'], [span(0, 0, 1, 'ORG')])).toEqual(['ORG Varnapur'])
    // a place word before a person does not make a known town of the person
    expect(run(['The officials of Varnapur province met .'], [span(0, 3, 4, 'ORG')])).toEqual(['LOC Varnapur'])
  })

  it('type evidence makes a name in apposition to a place noun a place, not a person after a province\'s name', () => {
    expect(run(['They reached the capital , Meldora , late Friday .'], [span(0, 5, 6, 'PER')])).toEqual(['LOC Meldora'])
    expect(run(['The governor of Ondara province , Velan Tosk , said .'], [span(0, 3, 4, 'LOC'), span(0, 6, 8, 'PER')])).toEqual(['LOC Ondara', 'PER Velan Tosk'])
    expect(run(['Fighting in the region , Kelvaro said .'], [span(0, 5, 6, 'ORG')])).toEqual(['ORG Kelvaro'])
  })

  it('type evidence makes a name after "citizens of" or before "state" a place, not before "state media"', () => {
    expect(run(['The citizens of Maravi voted .'], [span(0, 3, 4, 'PER')])).toEqual(['LOC Maravi'])
    expect(run(['Officials of the Ondara state parliament said .'], [span(0, 3, 4, 'ORG')])).toEqual(['LOC Ondara'])
    expect(run(['The Ondara state media said .'], [span(0, 1, 2, 'ORG')])).toEqual(['ORG Ondara'])
    expect(run(['Ondara State government officials said .'], [span(0, 0, 1, 'ORG')])).toEqual(['LOC Ondara'])
    expect(run(['They met Ondara State .'], [span(0, 2, 3, 'ORG')])).toEqual(['ORG Ondara'])
  })

  it('type evidence makes a name in capitals beside a person particle a person, in the whole document', () => {
    const text = ['VELDRAN bin Tarsh Al-Tarsh took power in 1970 .', 'In 1996 VELDRAN reshuffled his cabinet .']
    expect(run(text, [span(0, 0, 1, 'ORG'), span(0, 2, 4, 'PER'), span(1, 2, 3, 'ORG')])).toEqual(['PER VELDRAN', 'PER Tarsh Al-Tarsh', 'PER VELDRAN'])
    expect(run(['President Kimani arap OSTEK spoke .'], [span(0, 3, 4, 'ORG')])).toEqual(['PER OSTEK'])
    // a particle before a lower-case word, or a capitalised "Bin" opening a name, says nothing
    expect(run(['The NDFA bin collection failed .'], [span(0, 1, 2, 'ORG')])).toEqual(['ORG NDFA'])
  })

  it('type evidence leaves a name typed two ways by its neighbours, and a known place, as the model typed them', () => {
    const text = ['The rebel group Tavesh attacked .', 'The citizens of Tavesh fled .']
    expect(run(text, [span(0, 3, 4, 'PER'), span(1, 3, 4, 'PER')])).toEqual(['PER Tavesh', 'PER Tavesh'])
    expect(run(['The citizens of Zembla voted .'], [span(0, 3, 4, 'ORG')])).toEqual(['ORG Zembla'])
  })

  it('type evidence makes a name joined to a people\'s adjective before a common noun a people, through the document', () => {
    const text = ['We commend Zemblan and Orvashi fighters for their courage .', 'Orvashi families fled .']
    expect(run(text, [span(0, 2, 3, 'NORP'), span(0, 4, 5, 'PER'), span(1, 0, 1, 'PER')])).toEqual(['NORP Zemblan', 'NORP Orvashi', 'NORP Orvashi'])
    // not a name with no common noun after it, nor a country the gazetteer knows
    expect(run(['It was said in Zemblan and Orvashi , Wednesday .'], [span(0, 6, 7, 'PER')])).toEqual(['PER Orvashi'])
    expect(run(['Zemblan and Zembla forces met .'], [span(0, 2, 3, 'LOC')])).toEqual(['LOC Zembla'])
  })

  it('type evidence makes a name joined to a known town or region a place, through the document', () => {
    const text = ['Shelling hit Varnapur and Dellow on Monday .', 'Dellow was cut off .', 'Raids in the Tarsia and Kurnal districts .']
    expect(run(text, [span(0, 2, 3, 'LOC'), span(0, 4, 5, 'PER'), span(1, 0, 1, 'PER'), span(2, 3, 4, 'LOC'), span(2, 5, 6, 'ORG')]))
      .toEqual(['LOC Varnapur', 'LOC Dellow', 'LOC Dellow', 'LOC Tarsia', 'LOC Kurnal'])
  })

  it('type evidence leaves a person joined to a country, or to an unknown name', () => {
    expect(run(['Talks between Zembla and Dellow failed .'], [span(0, 2, 3, 'LOC'), span(0, 4, 5, 'PER')])).toEqual(['LOC Zembla', 'PER Dellow'])
    expect(run(['Talks between Osk and Dellow failed .'], [span(0, 2, 3, 'LOC'), span(0, 4, 5, 'PER')])).toEqual(['LOC Osk', 'PER Dellow'])
    expect(run(['Marvel and Dellow met .'], [span(0, 0, 1, 'PER'), span(0, 2, 3, 'PER')])).toEqual(['PER Marvel', 'PER Dellow'])
  })

  it('type evidence makes a name whose predicate is an office a person, not one headed by another noun or after a comma', () => {
    expect(run(['Before retiring , Ostrumo was a deputy defense minister .', 'Ostrumo is in Zembla .'], [span(0, 3, 4, 'ORG'), span(1, 0, 1, 'ORG'), span(1, 3, 4, 'LOC')]))
      .toEqual(['PER Ostrumo', 'PER Ostrumo', 'LOC Zembla'])
    expect(run(['Talvec is the leader of the front .'], [span(0, 0, 1, 'LOC')])).toEqual(['PER Talvec'])
    // after a comma the office opens the next clause: "in Tarsk, the commander of the troops said"
    expect(run(['Fighting went on in Tarsk , the commander of the troops said .'], [span(0, 4, 5, 'LOC')])).toEqual(['LOC Tarsk'])
    // the office word is no head: "a chief oil producer" is a producer; "the group 's leader" a group
    expect(run(['Velcor is a chief oil producer .'], [span(0, 0, 1, 'ORG')])).toEqual(['ORG Velcor'])
    expect(run(['Velcor is a leading oil company .'], [span(0, 0, 1, 'ORG')])).toEqual(['ORG Velcor'])
    expect(run(['Velcor is the group \'s leader .'], [span(0, 0, 1, 'ORG')])).toEqual(['ORG Velcor'])
  })
})
