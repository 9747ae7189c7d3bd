import { describe, expect, it } from 'vitest'
import type { SentenceSpan } from './consistency.js'
import { applyAbbreviatedBodies } from './abbreviated-body.js'

const span = (sentence: number, start: number, end: number, type: SentenceSpan['type']): SentenceSpan => ({ sentence, start, end, type, score: 0.9 })
const run = (text: string[], spans: SentenceSpan[]) => {
  const sentences = text.map((t) => t.split(' '))
  return applyAbbreviatedBodies(sentences, spans).map((s) => `${s.type} ${sentences[s.sentence]!.slice(s.start, s.end).join(' ')}`)
}

describe('abbreviated bodies', () => {
  it('abbreviated bodies make a name that abbreviates a body of the document at its end that body\'s type', () => {
    const text = ['Dravia ARG joins the mission', 'Airmen of the Dravia Air Rescue Group flew out .']
    expect(run(text, [span(0, 0, 2, 'PER'), span(1, 3, 7, 'ORG')])).toEqual(['ORG Dravia ARG', 'ORG Dravia Air Rescue Group'])
  })

  it('abbreviated bodies leave a person whose surname is in capitals, a Roman numeral and a name with no such body', () => {
    const text = ['Dravia VII and Mathieu KORVO met officials of the Dravia Air Rescue Group .']
    expect(run(text, [span(0, 0, 2, 'PER'), span(0, 3, 5, 'PER'), span(0, 9, 13, 'ORG')])).toEqual(['PER Dravia VII', 'PER Mathieu KORVO', 'ORG Dravia Air Rescue Group'])
    // the letters must spell the rest of the body's name, in order
    expect(run(['Dravia RAG joins the Dravia Air Rescue Group .'], [span(0, 0, 2, 'PER'), span(0, 4, 8, 'ORG')])).toEqual(['PER Dravia RAG', 'ORG Dravia Air Rescue Group'])
  })
})
