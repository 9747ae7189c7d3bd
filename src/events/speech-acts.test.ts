import { describe, expect, it } from 'vitest'
import type { Event } from '../model/index.js'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

function events(text: string, mentions: MentionSpec[]): Event[] {
  return extractEvents(parsedDoc(text, { mentions, meta: { published: '2016-01-12' } }))
}
const brief = (e: Event) => `${e.cameo.slice(0, 2)} ${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'}`

describe('first-person speech acts', () => {
  it('speech-acts "we" stands for the country the statement speaks for', () => {
    const ev = events('The United States strongly condemns the attack on Camp Hurriya. We remain committed to working with the Government of Iraq.', [
      { text: 'United States', type: 'LOC' }, { text: 'Camp Hurriya', type: 'LOC' }, { text: 'Government of Iraq', type: 'ORG' },
    ])
    expect(ev.map(brief)).toContain('03 United States → Government of Iraq')
    // "remain committed" is the intent, not an act of its own
    expect(ev.some((e) => e.cue.text.startsWith('remain'))).toBe(false)
  })

  it('speech-acts "we" with no side named is no actor', () => {
    const ev = events('We remain committed to working with the Government of Iraq.', [{ text: 'Government of Iraq', type: 'ORG' }])
    expect(ev).toEqual([])
  })

  it('speech-acts a condemnation names its author even when nothing it condemns is a named party', () => {
    const ev = events('The United States strongly condemns the brutal attack. We also urge the Government of Iraq to find the perpetrators.', [
      { text: 'United States', type: 'LOC' }, { text: 'Government of Iraq', type: 'ORG' },
    ])
    expect(ev.map(brief)).toEqual(['11 United States → —', '02 United States → Government of Iraq'])
  })

  it('speech-acts welcoming an agreement is praise (051), not a visit or a meeting', () => {
    const ev = events('Philip Hammond welcomed the agreement with the Kurdistan Regional Government.', [
      { text: 'Philip Hammond', type: 'PER' }, { text: 'Kurdistan Regional Government', type: 'ORG' },
    ])
    expect(ev.filter((e) => e.cue.text.startsWith('welcome')).map((e) => e.cameo)).toEqual(['051'])
  })
})

describe('nominal attacks', () => {
  it('noun-events an attack by nobody named is coded on the place it struck, as unconventional violence', () => {
    const ev = events('The United States strongly condemns the brutal terrorist attack on Camp Hurriya. The summit is the first since last year’s terror attacks in Paris.', [
      { text: 'United States', type: 'LOC' }, { text: 'Camp Hurriya', type: 'LOC' }, { text: 'Paris', type: 'LOC' },
    ])
    const nominal = ev.filter((e) => e.cue.text.includes('attack')).map(brief)
    expect(nominal).toEqual(['18 — → Camp Hurriya', '18 — → Paris'])
  })

  it('noun-events a grant from a named giver to a named receiver is aid (071)', () => {
    const ev = events('The U.S. Embassy grant of $530,000 to the World Monuments Fund will support conservation work.', [
      { text: 'U.S. Embassy', type: 'ORG' }, { text: 'World Monuments Fund', type: 'ORG' },
    ])
    expect(ev.filter((e) => e.cue.text === 'grant').map((e) => `${e.cameo} ${e.actor?.text} → ${e.target?.text}`)).toEqual(['071 U.S. Embassy → World Monuments Fund'])
  })
})

describe('giving verbs', () => {
  it('giving is coded by what is given: equipment is military aid (072), a statement no event', () => {
    const ev = events('The coalition provided 24,000 chemical masks to the Peshmerga. Votel provided the following statement to CENTCOM.', [
      { text: 'coalition', type: 'ORG' }, { text: 'Peshmerga', type: 'ORG' }, { text: 'Votel', type: 'PER' }, { text: 'CENTCOM', type: 'ORG' },
    ])
    expect(ev.map((e) => `${e.cameo} ${e.actor?.text} → ${e.target?.text}`)).toEqual(['072 coalition → Peshmerga'])
  })
})

describe('texts and stance adjectives', () => {
  it('speech-acts a resolution demands in the name of the body that adopted it, and the adoption is no event', () => {
    const ev = events('On Monday the UN Security Council adopted Resolution 2328. The Resolution demanded full access for the UN across Syria.', [
      { text: 'UN Security Council', type: 'ORG' }, { text: 'UN', type: 'ORG' }, { text: 'Syria', type: 'LOC' },
    ])
    expect(ev.map((e) => `${e.cue.text}: ${e.cameo.slice(0, 2)} ${e.actor?.text}`)).toEqual(['demanded: 10 UN Security Council'])
  })

  it('speech-acts "we are grateful for the support of X" is praise (051) of X', () => {
    const ev = events('The United States condemned the attack. We are enormously grateful for the support of Turkey.', [
      { text: 'United States', type: 'LOC' }, { text: 'Turkey', type: 'LOC' },
    ])
    expect(ev.filter((e) => e.cue.text === 'grateful').map(brief)).toEqual(['05 United States → Turkey'])
  })
})

describe('the speaker\'s body', () => {
  it('speech-acts "we" in the words of an officer titled by his command stands for the command', () => {
    const ev = events('Gen. Joseph Votel, commander of U.S. Central Command, said the campaign continues. "We will continue to support the SDF," he said.', [
      { text: 'Joseph Votel', type: 'PER' }, { text: 'U.S. Central Command', type: 'ORG' }, { text: 'SDF', type: 'ORG' },
    ])
    expect(ev.filter((e) => e.cue.text === 'support').map(brief)).toEqual(['06 U.S. Central Command → SDF'])
  })
})
