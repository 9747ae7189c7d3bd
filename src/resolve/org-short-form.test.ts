import { describe, expect, it } from 'vitest'
import { curatedActors } from '../kb/actors.js'
import type { Mention } from '../model/index.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { buildKbIndex } from './kb-match.js'
import { linkWithinDoc } from './within-doc.js'

const kb = buildKbIndex(curatedActors())

function antecedentOf(text: string, mentions: MentionSpec[], lone: string): string | undefined {
  const doc = docBuilder(text, { mentions })
  const r = linkWithinDoc(doc.article, doc.mentions!, kb)
  const byId = new Map(r.mentions.map((m) => [m.id, m]))
  const m = r.mentions.find((x) => x.text === lone && x.start > text.indexOf('.'))!
  return m.antecedentId ? byId.get(m.antecedentId)?.text : undefined
}

describe('orgShortForms', () => {
  it('org short form: a body named in full, then by its distinctive last word, is one body', () => {
    const text = 'Royal Tarvish Quellmark opened a refinery. Quellmark said output would double.'
    expect(antecedentOf(text, [{ text: 'Royal Tarvish Quellmark', type: 'ORG' }, { text: 'Quellmark', type: 'ORG' }], 'Quellmark')).toBe('Royal Tarvish Quellmark')
  })

  it('org short form: a word naming a kind of body is not a short form ("the House" after "Marble House")', () => {
    const text = 'Marble House officials met lawmakers. The House voted on the budget.'
    expect(antecedentOf(text, [{ text: 'Marble House', type: 'ORG' }, { text: 'House', type: 'ORG' }], 'House')).toBeUndefined()
  })

  it('org short form: two bodies ending in the word leave it unlinked', () => {
    const text = 'Dorn Quellmark and Vask Quellmark merged. Quellmark said output would double.'
    expect(antecedentOf(text, [{ text: 'Dorn Quellmark', type: 'ORG' }, { text: 'Vask Quellmark', type: 'ORG' }, { text: 'Quellmark', type: 'ORG' }], 'Quellmark')).toBeUndefined()
  })

  it('org short form: a body opened by a people or a place is not the bare name ("Pakistani Quellmark")', () => {
    const text = 'Pakistani Quellmark fighters attacked. Quellmark said it would fight on.'
    expect(antecedentOf(text, [{ text: 'Pakistani Quellmark', type: 'ORG' }, { text: 'Quellmark', type: 'ORG' }], 'Quellmark')).toBeUndefined()
  })

  it('org short form: a newspaper named after its town is named by its last word alone', () => {
    const text = 'The Tarsk Herald reported the raid. The Herald says the jail is secret.'
    expect(antecedentOf(text, [{ text: 'Tarsk Herald', type: 'ORG' }, { text: 'Herald', type: 'ORG' }], 'Herald')).toBe('Tarsk Herald')
    const york = 'The New Varn Times reported the raid. The Times says the jail is secret.'
    expect(antecedentOf(york, [{ text: 'New Varn Times', type: 'ORG' }, { text: 'Times', type: 'ORG' }], 'Times')).toBe('New Varn Times')
    // two papers ending in the word: neither
    const two = 'The Tarsk Herald and the Varn Herald reported it. The Herald says the jail is secret.'
    expect(antecedentOf(two, [{ text: 'Tarsk Herald', type: 'ORG' }, { text: 'Varn Herald', type: 'ORG' }, { text: 'Herald', type: 'ORG' }], 'Herald')).toBeUndefined()
  })

  it('org short form: the lone word must follow the full name', () => {
    const text = 'Quellmark said output would double. Royal Tarvish Quellmark opened a refinery.'
    const doc = docBuilder(text, { mentions: [{ text: 'Quellmark', type: 'ORG' }, { text: 'Royal Tarvish Quellmark', type: 'ORG' }] })
    const r = linkWithinDoc(doc.article, doc.mentions!, kb)
    const lone = r.mentions.find((m: Mention) => m.text === 'Quellmark')!
    expect(lone.antecedentId).toBeUndefined()
  })
})
