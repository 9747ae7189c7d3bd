import { describe, expect, it } from 'vitest'
import { abbreviatesTail, typeAcronymTails } from './acronym-tail.js'
import { span } from './testing/spans.js'

const read = (text: string[], spans: ReturnType<typeof span>[]) => {
  const sentences = text.map((t) => t.split(' '))
  return typeAcronymTails(sentences, spans).map((s) => `${s.type} ${sentences[s.sentence]!.slice(s.start, s.end).join(' ')}`)
}

describe('acronym tails', () => {
  it('acronym-tail spells the rest of a name that opens with the same words', () => {
    expect(abbreviatesTail(['Varnland', 'ANG'], ['Varnland', 'Air', 'National', 'Guard'])).toBe(true)
    expect(abbreviatesTail(['612th', 'AEG'], ['612th', 'Air', 'Expeditionary', 'Group'])).toBe(true)
    expect(abbreviatesTail(['Varnland', 'DHS'], ['Varnland', 'Department', 'of', 'Health', 'Services'])).toBe(true)
    // other head words, letters out of order, a word in capitals that is a surname
    expect(abbreviatesTail(['Tarskia', 'ANG'], ['Varnland', 'Air', 'National', 'Guard'])).toBe(false)
    expect(abbreviatesTail(['Varnland', 'NAG'], ['Varnland', 'Air', 'National', 'Guard'])).toBe(false)
    expect(abbreviatesTail(['Oskel', 'DRAVIN'], ['Oskel', 'Dravin', 'Foundation'])).toBe(false)
  })

  it('acronym-tail types the short form as the body the document names in full', () => {
    const text = ['Varnland ANG joins patrols', 'Jets of the Varnland Air National Guard landed']
    expect(read(text, [span(0, 0, 2, 'PER'), span(1, 3, 7, 'ORG')])).toEqual(['ORG Varnland ANG', 'ORG Varnland Air National Guard'])
    // no long form in the document: the span stays as the model read it
    expect(read(['Varnland ANG joins patrols'], [span(0, 0, 2, 'PER')])).toEqual(['PER Varnland ANG'])
  })
})
