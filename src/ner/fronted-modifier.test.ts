import { describe, expect, it } from 'vitest'
import { markFrontedModifiers } from './fronted-modifier.js'
import { markOver, span } from './testing/spans.js'

const read = markOver(markFrontedModifiers)

describe('fronted modifiers', () => {
  it('frontedModifiers makes an adjective before a comma and the subject pronoun MISC', () => {
    expect(read('United , we continue to work', [span(0, 0, 1, 'ORG')])).toEqual(['MISC United'])
    expect(read('" Undeterred , they pressed on', [span(0, 1, 2, 'LOC')])).toEqual(['MISC Undeterred'])
  })

  it('frontedModifiers leaves a name with an apposition, a vocative person, a word inside the sentence and other forms', () => {
    expect(read('United , the league leaders , won', [span(0, 0, 1, 'ORG')])).toEqual(['ORG United'])
    expect(read('Varnelled , we need you', [span(0, 0, 1, 'PER')])).toEqual(['PER Varnelled'])
    expect(read('Tarsk , we know , is far', [span(0, 0, 1, 'LOC')])).toEqual(['LOC Tarsk'])
    expect(read('Then United , we said', [span(0, 1, 2, 'ORG')])).toEqual(['ORG United'])
    expect(read('United Tarsk , we said', [span(0, 0, 2, 'ORG')])).toEqual(['ORG United Tarsk'])
    expect(read('United , it said', [span(0, 0, 1, 'ORG')])).toEqual(['ORG United'])
  })
})
