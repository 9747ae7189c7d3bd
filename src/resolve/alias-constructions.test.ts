import { describe, expect, it } from 'vitest'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { aliasLinks } from './alias-constructions.js'

function links(text: string, mentions: MentionSpec[]): string[] {
  const doc = docBuilder(text, { mentions })
  const sorted = [...doc.mentions!].sort((a, b) => a.start - b.start)
  return aliasLinks(text, sorted).map((l) => `${l.from.text} -> ${l.to.text}`)
}

describe('aliasLinks', () => {
  it('alias links a name the text says is another name of the one before it', () => {
    expect(links('Floods hit Varnapur, also known as Velaport, on Monday.', [{ text: 'Varnapur', type: 'LOC' }, { text: 'Velaport', type: 'LOC' }])).toEqual(['Velaport -> Varnapur'])
    expect(links('Ships left Velaport, formerly Varnapur, at dawn.', [{ text: 'Velaport', type: 'LOC' }, { text: 'Varnapur', type: 'LOC' }])).toEqual(['Varnapur -> Velaport'])
    expect(links('The Tavrian Unity Front (now known as the Sarkat Alliance) met.', [{ text: 'Tavrian Unity Front', type: 'ORG' }, { text: 'Sarkat Alliance', type: 'ORG' }])).toEqual(['Sarkat Alliance -> Tavrian Unity Front'])
    expect(links('The Tavrian Unity Front (Sarkat Alliance) met.', [{ text: 'Tavrian Unity Front', type: 'ORG' }, { text: 'Sarkat Alliance', type: 'ORG' }])).toEqual(['Sarkat Alliance -> Tavrian Unity Front'])
  })

  it('alias reads the other name in quotes', () => {
    expect(links('Troops reached Varnapur Airfield North, also called “V-North” in the south.', [{ text: 'Varnapur Airfield North', type: 'LOC' }, { text: 'V-North', type: 'LOC' }])).toEqual(['V-North -> Varnapur Airfield North'])
    expect(links('Oskel Dravin, known as "the Tavrian", spoke.', [{ text: 'Oskel Dravin', type: 'PER' }, { text: 'Tavrian', type: 'PER' }])).toEqual(['Tavrian -> Oskel Dravin'])
    // a quote after a bare verb is still no alias: "Bush called" needs the comma before it
    expect(links('Dravin called "Oskel" a liar.', [{ text: 'Dravin', type: 'PER' }, { text: 'Oskel', type: 'PER' }])).toEqual([])
  })

  it('alias leaves apart two names a verb, another type or a place in parentheses joins', () => {
    expect(links('Dravin called Oskel on Monday.', [{ text: 'Dravin', type: 'PER' }, { text: 'Oskel', type: 'PER' }])).toEqual([])
    expect(links('Dravin, known as Velaport, spoke.', [{ text: 'Dravin', type: 'PER' }, { text: 'Velaport', type: 'LOC' }])).toEqual([])
    // the gazetteer puts Paris and France at different places: a parenthesis says where, not another name
    expect(links('A rally in Paris (France) ended.', [{ text: 'Paris', type: 'LOC' }, { text: 'France', type: 'LOC' }])).toEqual([])
    // an acronym in parentheses is the acronym rule's, which checks its initials
    expect(links('The Tavrian Unity Front (TUF) met.', [{ text: 'Tavrian Unity Front', type: 'ORG' }, { text: 'TUF', type: 'ORG' }])).toEqual([])
  })
})
