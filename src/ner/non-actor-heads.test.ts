import { describe, expect, it } from 'vitest'
import { markNonActorHeads, markPressCorps } from './non-actor-heads.js'
import { markOver, span } from './testing/spans.js'

const read = markOver(markNonActorHeads)

describe('non-actor heads', () => {
  it('nonActorHeads makes a room, a designation or a post MISC', () => {
    expect(read('in the Varnell Press Briefing Room today', [span(0, 2, 6, 'ORG')])).toEqual(['MISC Varnell Press Briefing Room'])
    expect(read('a Tarsk World Heritage Site since 1990', [span(0, 1, 5, 'ORG')])).toEqual(['MISC Tarsk World Heritage Site'])
    expect(read('the Zembla Embassy Chargé said', [span(0, 1, 4, 'ORG')])).toEqual(['MISC Zembla Embassy Chargé'])
    expect(read('a Tarsk Ministry Spokesman said', [span(0, 1, 4, 'LOC')])).toEqual(['MISC Tarsk Ministry Spokesman'])
  })

  it('nonActorHeads leaves a named room, a phrase with "of", one word and a person', () => {
    expect(read('dinner at the Varnell Room tonight', [span(0, 3, 5, 'LOC')])).toEqual(['LOC Varnell Room'])
    expect(read('the Heritage Site of Tarsk opened', [span(0, 1, 5, 'LOC')])).toEqual(['LOC Heritage Site of Tarsk'])
    expect(read('Spokesman said', [span(0, 0, 1, 'ORG')])).toEqual(['ORG Spokesman'])
    expect(read('met Oskel Chargé today', [span(0, 1, 3, 'PER')])).toEqual(['PER Oskel Chargé'])
  })
})

describe('press corps', () => {
  const corps = markOver(markPressCorps)

  it('pressCorps makes a seat of government and "Press" MISC', () => {
    expect(corps('Questions from the Pentagon Press will follow', [span(0, 3, 5, 'ORG')])).toEqual(['MISC Pentagon Press'])
    expect(corps('the White House Press Corps asked', [span(0, 1, 5, 'ORG')])).toEqual(['MISC White House Press Corps'])
    expect(corps('Kremlin Press will gather', [span(0, 0, 2, 'LOC')])).toEqual(['MISC Kremlin Press'])
  })

  it('pressCorps leaves a press named after anything else, the seat alone and a person', () => {
    expect(corps('the Varnell Press reported', [span(0, 1, 3, 'ORG')])).toEqual(['ORG Varnell Press'])
    expect(corps('the Tarskan Press said', [span(0, 1, 3, 'ORG')])).toEqual(['ORG Tarskan Press'])
    expect(corps('the Pentagon said', [span(0, 1, 2, 'ORG')])).toEqual(['ORG Pentagon'])
    expect(corps('Press said', [span(0, 0, 1, 'ORG')])).toEqual(['ORG Press'])
    expect(corps('met Kremlin Press today', [span(0, 1, 3, 'PER')])).toEqual(['PER Kremlin Press'])
  })
})
