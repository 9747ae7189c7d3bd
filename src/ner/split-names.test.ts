import { describe, expect, it } from 'vitest'
import type { SentenceSpan } from './consistency.js'
import { GAZ, Lexicon } from './lexicon.js'
import { joinDashedBodies, joinGluedPersons, joinNicknames } from './split-names.js'

const span = (start: number, end: number, type: SentenceSpan['type'] = 'PER'): SentenceSpan => ({ sentence: 0, start, end, type, score: 0.9 })
const run = (text: string, spans: SentenceSpan[]) => {
  const words = text.split(' ')
  return joinNicknames([words], spans).map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)
}

describe('nicknames', () => {
  it('nicknames: a quoted nickname joins the given name and the surname into one person', () => {
    // the model cut the name at the closing quote
    expect(run('Brig. Gen. Darvel " Tex " Ommund will speak .', [span(2, 4), span(6, 7)])).toEqual(['PER Darvel " Tex " Ommund'])
    // the surname the model typed a place
    expect(run('Pvt. Lynna “ Lyn ” Oxford was tried .', [span(1, 2), span(5, 6, 'LOC')])).toEqual(['PER Lynna “ Lyn ” Oxford'])
    // the surname left outside any name
    expect(run('Corvin " Hammer " Talb retired .', [span(0, 1)])).toEqual(['PER Corvin " Hammer " Talb'])
  })

  it('nicknames: a quotation after a person is not a nickname', () => {
    expect(run('Jorra said " Velmar " would lose .', [span(0, 1), span(3, 4, 'ORG')])).toEqual(['PER Jorra', 'ORG Velmar'])
    expect(run('Jorra " Velmar " said so .', [span(0, 1), span(2, 3, 'ORG')])).toEqual(['PER Jorra', 'ORG Velmar'])
    expect(run('Jorra " the quiet one " Talb left .', [span(0, 1)])).toEqual(['PER Jorra'])
  })

  it('a person span right after a place span the gazetteer does not know is one person with it', () => {
    const lexicon = new Lexicon({ gazetteer: [['Zembla', 1 << GAZ.COUNTRY]], caseProfile: [], orgKinds: [] })
    const glue = (text: string, spans: SentenceSpan[]) => {
      const words = text.split(' ')
      return joinGluedPersons([words], spans, lexicon).map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)
    }
    expect(glue('Police held aides of Daw Khin Myat Oo \'s party .', [span(4, 6, 'LOC'), span(6, 8)])).toEqual(['PER Daw Khin Myat Oo'])
    // a country the gazetteer knows before a person (a headline) stays apart, as do names with a word between
    expect(glue('Zembla Ostrov vows to fight', [span(0, 1, 'LOC'), span(1, 2)])).toEqual(['LOC Zembla', 'PER Ostrov'])
    expect(glue('In Velmar , Ostrov spoke', [span(1, 2, 'LOC'), span(3, 4)])).toEqual(['LOC Velmar', 'PER Ostrov'])
    // a body before a person is an office, not first names
    expect(glue('Under Secretary for Trade and Velmar Affairs Dorin Ostrov spoke', [span(5, 7, 'ORG'), span(7, 9)])).toEqual(['ORG Velmar Affairs', 'PER Dorin Ostrov'])
  })

  it('a body and its operation after a spaced dash are one body, but not a dateline or a single word', () => {
    const dash = (text: string, spans: SentenceSpan[]) => {
      const words = text.split(' ')
      return joinDashedBodies([words], spans).map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)
    }
    expect(dash('VELMAR - Joint Harbor Command - Operation Quiet Tide sent ships .', [span(0, 1, 'LOC'), span(2, 5, 'ORG'), span(6, 9, 'ORG')]))
      .toEqual(['LOC VELMAR', 'ORG Joint Harbor Command - Operation Quiet Tide'])
    expect(dash('Ostrov Group - Velmar said so .', [span(0, 2, 'ORG'), span(3, 4, 'ORG')])).toEqual(['ORG Ostrov Group', 'ORG Velmar'])
  })
})
