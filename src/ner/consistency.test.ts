import { describe, expect, it } from 'vitest'
import { applyDocumentConsistency, withinOneEdit, type SentenceSpan } from './consistency.js'

const doc = [
  ['Abu', 'Baker', 'Almuhajer', ',', 'an', 'operative', ',', 'spoke', '.'],
  ['According', 'to', 'Almuhajer', ',', 'Hamas', 'sold', 'it', '.'],
  ['Hamas', 'denied', 'it', ',', 'Almuhajer', 'says', '.'],
  ['Hamas', 'officials', 'met', '.'],
]

describe('document consistency', () => {
  it('consistency adds a surname the model missed after the full name', () => {
    const spans: SentenceSpan[] = [
      { sentence: 0, start: 0, end: 3, type: 'PER', score: 0.9 },
      { sentence: 1, start: 4, end: 5, type: 'ORG', score: 0.9 },
    ]
    const out = applyDocumentConsistency(doc, spans)
    const almuhajer = out.filter((s) => s.end - s.start === 1 && doc[s.sentence]![s.start] === 'Almuhajer')
    expect(almuhajer.map((s) => [s.sentence, s.type])).toEqual([[1, 'PER'], [2, 'PER']])
  })

  it('consistency types a surname as the person named in full earlier, even when its repeats voted for a place', () => {
    const d = [['Petty', 'Officer', 'Scott', 'C.', 'Dayton', 'died', '.'], ['Dayton', 'was', 'wounded', '.'], ['Dayton', ',', 'who', 'served', '.'],
      ['He', 'grew', 'up', 'in', 'Ohio', '.']]
    const spans: SentenceSpan[] = [
      { sentence: 0, start: 2, end: 5, type: 'PER', score: 0.7 },
      { sentence: 1, start: 0, end: 1, type: 'LOC', score: 0.9 },
      { sentence: 2, start: 0, end: 1, type: 'LOC', score: 0.9 },
      { sentence: 3, start: 4, end: 5, type: 'LOC', score: 0.9 },
    ]
    const out = applyDocumentConsistency(d, spans)
    expect(out.map((s) => s.type)).toEqual(['PER', 'PER', 'PER', 'LOC'])
  })

  it('consistency types a surname without its article as the person ("Abadi" after "Haider al-Abadi")', () => {
    const d = [['Haider', 'al-Abadi', 'spoke', '.'], ['Carter', 'thanked', 'Abadi', '.']]
    const spans: SentenceSpan[] = [
      { sentence: 0, start: 0, end: 2, type: 'PER', score: 0.9 },
      { sentence: 1, start: 2, end: 3, type: 'LOC', score: 0.6 },
    ]
    const out = applyDocumentConsistency(d, spans)
    expect(out.find((s) => s.sentence === 1)?.type).toBe('PER')
  })

  it('consistency gives a name the type most of its mentions have', () => {
    const spans: SentenceSpan[] = [
      { sentence: 1, start: 4, end: 5, type: 'ORG', score: 0.9 },
      { sentence: 2, start: 0, end: 1, type: 'ORG', score: 0.8 },
      { sentence: 3, start: 0, end: 1, type: 'PER', score: 0.4 },
    ]
    const out = applyDocumentConsistency(doc, spans)
    expect(out.map((s) => s.type)).toEqual(['ORG', 'ORG', 'ORG'])
    expect(out[2]!.consistency).toBe('retyped')
  })

  it('consistency retypes a one-letter variant of a surname as that person', () => {
    const d = [['Hamas', 'ordered', 'Mumtaz', 'Dugmush', 'to', 'act', '.'], ['Dugmash', "'s", 'announcement', 'came', '.']]
    const spans: SentenceSpan[] = [
      { sentence: 0, start: 2, end: 4, type: 'PER', score: 0.9 },
      { sentence: 1, start: 0, end: 1, type: 'ORG', score: 0.5 },
    ]
    expect(applyDocumentConsistency(d, spans)[1]!.type).toBe('PER')
  })

  it('consistency reads the name of a vessel alone as that vessel, and never adds it as a name', () => {
    const d = [['The', 'frigate', 'FS', 'Forbin', 'arrived', '.'], ['Forbin', 'is', 'ready', ',', 'said', 'Forbin', "'s", 'captain', '.']]
    const out = applyDocumentConsistency(d, [
      { sentence: 0, start: 2, end: 4, type: 'MISC', score: 0.6 },
      { sentence: 1, start: 0, end: 1, type: 'PER', score: 0.9 },
    ])
    expect(out.map((s) => [s.sentence, s.start, s.type])).toEqual([[0, 2, 'MISC'], [1, 0, 'MISC']])
  })

  it('issue-17 consistency reads the name of a storm alone as that storm', () => {
    const d = [['At', 'last', 'report', ',', 'Velmora', 'had', 'strong', 'winds', '.'], ['Hurricane', 'Velmora', 'struck', 'Qarvel', '.']]
    const out = applyDocumentConsistency(d, [
      { sentence: 0, start: 4, end: 5, type: 'LOC', score: 0.9 },
      { sentence: 1, start: 1, end: 2, type: 'MISC', score: 0.9 },
      { sentence: 1, start: 3, end: 4, type: 'LOC', score: 0.9 },
    ])
    expect(out.map((s) => [s.sentence, s.start, s.type])).toEqual([[0, 4, 'MISC'], [1, 1, 'MISC'], [1, 3, 'LOC']])
    // also when the model left the name after the storm's word untagged: never added back as a place
    const untagged = applyDocumentConsistency(d, [{ sentence: 0, start: 4, end: 5, type: 'LOC', score: 0.9 }, { sentence: 1, start: 3, end: 4, type: 'LOC', score: 0.9 }])
    expect(untagged.map((s) => [s.sentence, s.start, s.type])).toEqual([[0, 4, 'MISC'], [1, 3, 'LOC']])
    // a name of a body that holds the word is no storm's name ("the National Hurricane Center")
    const center = [['Center', 'staff', 'met', '.'], ['The', 'National', 'Hurricane', 'Center', 'in', 'Qarvel', 'said', 'so', '.']]
    expect(applyDocumentConsistency(center, [{ sentence: 0, start: 0, end: 1, type: 'ORG', score: 0.9 }]).map((s) => s.type)).toEqual(['ORG'])
  })

  it('consistency leaves the input spans untouched', () => {
    const spans: SentenceSpan[] = [{ sentence: 3, start: 0, end: 1, type: 'PER', score: 0.4 }, { sentence: 2, start: 0, end: 1, type: 'ORG', score: 0.9 }, { sentence: 1, start: 4, end: 5, type: 'ORG', score: 0.9 }]
    const copy = JSON.parse(JSON.stringify(spans)) as unknown
    applyDocumentConsistency(doc, spans)
    expect(spans).toEqual(copy)
  })

  it('withinOneEdit accepts one substitution, insertion or deletion only', () => {
    expect(withinOneEdit('Dugmush', 'Dugmash')).toBe(true)
    expect(withinOneEdit('Marzook', 'Marzuq')).toBe(false)
    expect(withinOneEdit('Sinai', 'Sinaii')).toBe(true)
    expect(withinOneEdit('Gaza', 'Gaza')).toBe(true)
  })
})

describe('afterStormWord', () => {
  it('afterStormWord finds one- and two-word storm words and not a name they sit inside', async () => {
    const { afterStormWord } = await import('./lists.js')
    expect(afterStormWord(['as', 'Tropical', 'Storm', 'Harvey', 'hit'], 3)).toBe(true)
    expect(afterStormWord(['Before', 'Hurricane', 'Gustav'], 2)).toBe(true)
    expect(afterStormWord(['the', 'National', 'Hurricane', 'Center'], 3)).toBe(false)
    expect(afterStormWord(['the', 'Storm', 'Shadow', 'missile'], 2)).toBe(false)
    expect(afterStormWord(['Typhoon'], 0)).toBe(false)
  })
})
